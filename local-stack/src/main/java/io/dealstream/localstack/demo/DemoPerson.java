package io.dealstream.localstack.demo;

import io.dealstream.localstack.DevTokens;

/**
 * The demo's team, each acting with their own dev token: the console's dev users (sign in as any of them to see
 * their day), and an admin who moves the services' clocks.
 */
enum DemoPerson {
    ALICE("alice", "sales"),
    BRUNO("bruno", "sales"),
    MARIA("maria", "manager", "sales"),
    LARA("lara", "legal"),
    DAN("dan", "delivery"),
    CLOCK_KEEPER("demo-clock", "admin");

    final String user;
    final String bearer;

    DemoPerson(String user, String... roles) {
        this.user = user;
        this.bearer = "Bearer " + DevTokens.token(user, roles);
    }
}
