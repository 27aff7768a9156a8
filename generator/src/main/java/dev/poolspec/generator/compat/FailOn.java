package dev.poolspec.generator.compat;

/** The lowest level that fails the build, or never. */
public enum FailOn {
    ERR,
    WARN,
    NEVER;

    /** Whether a change of this level fails the build. */
    public boolean reachedBy(Level level) {
        return switch (this) {
            case ERR -> level == Level.ERR;
            case WARN -> level == Level.ERR || level == Level.WARN;
            case NEVER -> false;
        };
    }
}
