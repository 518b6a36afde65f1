package nl.bewijsmap.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the test moves by hand, so "changed later" is certain and not a matter of timing. */
final class TestClock extends Clock {

    private Instant now;
    private final ZoneId zone;

    TestClock(String instant, String zone) {
        this(Instant.parse(instant), ZoneId.of(zone));
    }

    private TestClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new TestClock(now, newZone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
