package io.dealstream.events.common;

/**
 * An event that opens or closes a stage within one cycle of the opportunity: a reopened opportunity runs the
 * stages again as its next cycle.
 */
public interface InCycle {

    /** The cycle as published; absent in events from before cycles existed. */
    Integer cycle();

    /** The cycle, counting an absent one as the first. */
    default int cycleNumber() {
        return cycle() == null ? 1 : cycle();
    }
}
