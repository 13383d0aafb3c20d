package io.dealstream.eventstore.time;

import io.dealstream.eventstore.http.Roles;
import io.dealstream.eventstore.quarkus.DeadlineScheduler;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The demo's and the tests' hand on the service's clock, dev and test profiles only: anywhere else the service runs
 * on the system clock and this path answers 404 (and a production service refuses to start with
 * {@code dealstream.clock.control} set, see {@link ClockControl}). Setting the clock fires every deadline it passes
 * before answering, so the overdue events are the real ones and the caller knows they are in.
 */
@Path("/dev/clock")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ClockResource {

    /** The service's time now, how far it is from the system clock, and how many deadlines the move fired. */
    public record ClockState(Instant now, Duration offset, int deadlinesFired) {
    }

    /** Where to set the clock. */
    public record ClockMove(@NotNull Instant now) {
    }

    @Inject
    Clock clock;

    @Inject
    DeadlineScheduler deadlines;

    @GET
    @Operation(hidden = true)
    public ClockState now() {
        SimulatedClock simulated = simulated();
        return new ClockState(simulated.instant(), simulated.offset(), 0);
    }

    @PUT
    @Operation(hidden = true)
    public Uni<ClockState> set(@Valid @NotNull ClockMove move) {
        SimulatedClock simulated = simulated();
        simulated.setTo(move.now());
        return fireDue(simulated);
    }

    /** Back to the real present (the demo's last step); fires what came due on the way. */
    @DELETE
    @Operation(hidden = true)
    public Uni<ClockState> reset() {
        SimulatedClock simulated = simulated();
        simulated.reset();
        return fireDue(simulated);
    }

    /** Fires every deadline the move passed before answering, so the caller knows the overdue events are in. */
    private Uni<ClockState> fireDue(SimulatedClock simulated) {
        return deadlines.fireAllDue().map(fired -> new ClockState(simulated.instant(), simulated.offset(), fired));
    }

    private SimulatedClock simulated() {
        if (clock instanceof SimulatedClock simulated) {
            return simulated;
        }
        throw new NotFoundException("this service runs on the system clock");
    }
}
