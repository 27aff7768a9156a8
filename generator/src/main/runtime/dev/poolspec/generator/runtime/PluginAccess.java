package dev.poolspec.generator.runtime;

/**
 * The generator's own door to the runtime templates, which are package-private because generated packages get
 * them as package-private copies. Not a template itself: it is never copied.
 */
public final class PluginAccess {
    private PluginAccess() {}

    /** {@link EcmaRegex#toJava}: the java.util.regex form of an ECMA-262 pattern. */
    public static String ecmaToJava(String ecma) {
        return EcmaRegex.toJava(ecma);
    }

    /** {@link EcmaRegex#isValid}: whether the text is a valid ECMA-262 pattern. */
    public static boolean isEcmaRegex(String ecma) {
        return EcmaRegex.isValid(ecma);
    }
}
