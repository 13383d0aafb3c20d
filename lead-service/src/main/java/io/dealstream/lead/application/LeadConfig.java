package io.dealstream.lead.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Stage-1 deadlines, with the SOP's numbers as defaults. */
@ConfigMapping(prefix = "dealstream.lead.sla")
public interface LeadConfig {

    @WithDefault("PT24H")
    Duration deepTalk();

    @WithDefault("P7D")
    Duration nurtureFollowUp();

    /** LOW leads are reactivated once per calendar quarter, again every quarter until closed. */
    @WithDefault("P3M")
    java.time.Period reactivation();

    @WithDefault("10s")
    Duration pollInterval();
}
