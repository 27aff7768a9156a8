package dev.poolspec.client;

import java.time.Duration;

/** Waits between attempts; tests replace it with one that only moves a fake clock. */
@FunctionalInterface
interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
