package dev.poolspec.generator.model;

/**
 * Recognises the most common pattern shape, {@code ^[class]{min,max}$} (or {@code +}, {@code *},
 * {@code {n}}, {@code {min,}}) over ASCII, so that generated code checks it with a loop instead of a regex engine.
 * Anything else returns null and stays a {@link java.util.regex.Pattern}.
 */
final class CharClasses {
    private CharClasses() {}

    static Check.CharClass parse(String schemaPointer, String regex, String message) {
        if (!regex.startsWith("^[") || !regex.endsWith("$") || regex.startsWith("^[^")) {
            return null;
        }
        int close = classEnd(regex, 2);
        if (close < 0) {
            return null;
        }
        long[] masks = new long[2];
        if (!addClass(regex.substring(2, close), masks)) {
            return null;
        }
        String quantifier = regex.substring(close + 1, regex.length() - 1);
        int min;
        int max;
        if (quantifier.equals("+")) {
            min = 1;
            max = -1;
        } else if (quantifier.equals("*")) {
            min = 0;
            max = -1;
        } else if (quantifier.matches("\\{\\d{1,6}}")) {
            min = Integer.parseInt(quantifier.substring(1, quantifier.length() - 1));
            max = min;
        } else if (quantifier.matches("\\{\\d{1,6},\\d{0,6}}")) {
            String[] bounds = quantifier.substring(1, quantifier.length() - 1).split(",", -1);
            min = Integer.parseInt(bounds[0]);
            max = bounds[1].isEmpty() ? -1 : Integer.parseInt(bounds[1]);
            if (max >= 0 && max < min) {
                return null;
            }
        } else {
            return null;
        }
        return new Check.CharClass(schemaPointer, regex, min, max, masks[0], masks[1], message);
    }

    /** Index of the {@code ]} closing a class whose content starts at {@code from}, or -1. */
    private static int classEnd(String regex, int from) {
        for (int i = from; i < regex.length(); i++) {
            char ch = regex.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (ch == '[') {
                return -1;
            } else if (ch == ']' && i > from) {
                return i;
            }
        }
        return -1;
    }

    private static boolean addClass(String body, long[] masks) {
        int i = 0;
        while (i < body.length()) {
            int start;
            char ch = body.charAt(i);
            if (ch == '\\') {
                if (i + 1 >= body.length()) {
                    return false;
                }
                char escaped = body.charAt(i + 1);
                i += 2;
                if (escaped == 'd') {
                    addRange('0', '9', masks);
                    continue;
                }
                if (Character.isLetterOrDigit(escaped) || escaped >= 128) {
                    return false;
                }
                start = escaped;
            } else {
                if (ch >= 128 || ch == '&' || ch == '[') {
                    return false;
                }
                start = ch;
                i++;
            }
            if (i + 1 < body.length() && body.charAt(i) == '-' && body.charAt(i + 1) != '\\') {
                char end = body.charAt(i + 1);
                if (end >= 128 || end < start) {
                    return false;
                }
                addRange(start, end, masks);
                i += 2;
            } else {
                addRange(start, start, masks);
            }
        }
        return true;
    }

    private static void addRange(int from, int to, long[] masks) {
        for (int c = from; c <= to; c++) {
            masks[c >> 6] |= 1L << (c & 63);
        }
    }
}
