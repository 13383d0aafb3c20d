package io.dealstream.events.deal;

import java.util.List;

/** Analysis of the other side: decision chain, budget authority, likely concerns. */
public record Counterpart(List<String> decisionChain, String budgetAuthority, List<String> concerns) {
}
