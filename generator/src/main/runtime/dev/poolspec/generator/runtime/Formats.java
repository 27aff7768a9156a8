package dev.poolspec.generator.runtime;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The JSON Schema 2020-12 format assertions (Validation §7.3) plus OpenAPI's {@code byte}, one
 * {@code static boolean isXxx(String)} per format. Each answers whether the whole string matches the grammar of the RFC
 * cited next to it: no trimming, no leniency. Hot formats are hand-written scanners that allocate nothing.
 */
final class Formats {
    private Formats() {}

    // ---------------------------------------------------------------- dates and times

    /** RFC 3339 §5.6 {@code date-time = full-date "T" full-time}; "T" and "Z" may be lower case (§5.6 NOTE). */
    static boolean isDateTime(String s) {
        if (s.length() < 20 || !isFullDate(s, 0)) {
            return false;
        }
        char t = s.charAt(10);
        return (t == 'T' || t == 't') && isFullTime(s, 11);
    }

    /** RFC 3339 §5.6 {@code full-date}. */
    static boolean isDate(String s) {
        return s.length() == 10 && isFullDate(s, 0);
    }

    /** RFC 3339 §5.6 {@code full-time = partial-time time-offset}: the offset is required. */
    static boolean isTime(String s) {
        return isFullTime(s, 0);
    }

    /** {@code date-fullyear "-" date-month "-" date-mday} at {@code from}, with the §5.7 day-of-month limits. */
    private static boolean isFullDate(String s, int from) {
        if (s.length() < from + 10 || s.charAt(from + 4) != '-' || s.charAt(from + 7) != '-') {
            return false;
        }
        int year = digits(s, from, 4);
        int month = digits(s, from + 5, 2);
        int day = digits(s, from + 8, 2);
        return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
    }

    /** {@code full-time} from {@code from} to the end of the string. */
    private static boolean isFullTime(String s, int from) {
        int n = s.length();
        // partial-time = time-hour ":" time-minute ":" time-second [time-secfrac]
        if (n < from + 9 || s.charAt(from + 2) != ':' || s.charAt(from + 5) != ':') {
            return false;
        }
        int hour = digits(s, from, 2);
        int minute = digits(s, from + 3, 2);
        int second = digits(s, from + 6, 2);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
            return false;
        }
        int i = from + 8;
        if (s.charAt(i) == '.') { // time-secfrac = "." 1*DIGIT
            int start = ++i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start || i == n) {
                return false;
            }
        }
        // time-offset = "Z" / time-numoffset; time-numoffset = ("+" / "-") time-hour ":" time-minute
        char sign = s.charAt(i);
        int offset;
        if (sign == 'Z' || sign == 'z') {
            if (i + 1 != n) {
                return false;
            }
            offset = 0;
        } else if (sign == '+' || sign == '-') {
            if (i + 6 != n || s.charAt(i + 3) != ':') {
                return false;
            }
            int offsetHour = digits(s, i + 1, 2);
            int offsetMinute = digits(s, i + 4, 2);
            if (offsetHour < 0 || offsetHour > 23 || offsetMinute < 0 || offsetMinute > 59) {
                return false;
            }
            offset = (sign == '+' ? 1 : -1) * (offsetHour * 60 + offsetMinute);
        } else {
            return false;
        }
        // §5.7: a leap second is only ever inserted at 23:59:60 UTC, so normalise the local time before checking it.
        return second != 60 || Math.floorMod(hour * 60 + minute - offset, 24 * 60) == 23 * 60 + 59;
    }

    private static int daysInMonth(int year, int month) {
        switch (month) {
            case 2:
                boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
                return leap ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    /**
     * RFC 3339 Appendix A {@code duration = "P" (dur-date / dur-time / dur-week)}. Years, months and days (and hours,
     * minutes and seconds after "T") may only form a run without gaps, e.g. P1Y2M but not P1Y2D; weeks stand alone.
     * Designators match case-insensitively, as every quoted ABNF string does (RFC 5234 §2.3).
     */
    static boolean isDuration(String s) {
        int n = s.length();
        if (n < 3 || upper(s.charAt(0)) != 'P') {
            return false;
        }
        int i = 1;
        int previous = -1; // position in "YMD" (or "HMS" after "T") of the element before
        boolean time = false;
        boolean any = false;
        while (i < n) {
            if (upper(s.charAt(i)) == 'T') {
                if (time || ++i == n) { // dur-time needs at least one element
                    return false;
                }
                time = true;
                previous = -1;
                continue;
            }
            int start = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start || i == n) {
                return false;
            }
            char unit = upper(s.charAt(i++));
            if (unit == 'W') {
                return !any && !time && i == n;
            }
            int position = (time ? "HMS" : "YMD").indexOf(unit);
            if (position < 0 || (previous >= 0 && position != previous + 1)) {
                return false;
            }
            previous = position;
            any = true;
        }
        return any;
    }

    // ---------------------------------------------------------------- IP addresses

    /** RFC 2673 §3.2 dotted-quad, spelled as RFC 3986 §3.2.2 {@code IPv4address}: dec-octets without leading zeros. */
    static boolean isIpv4(String s) {
        return isIpv4(s, 0, s.length(), false);
    }

    private static boolean isIpv4(String s, int from, int to, boolean leadingZeros) {
        int i = from;
        for (int part = 0; part < 4; part++) {
            if (part > 0) {
                if (i >= to || s.charAt(i) != '.') {
                    return false;
                }
                i++;
            }
            int start = i;
            int value = 0;
            while (i < to && i - start < 3 && isDigit(s.charAt(i))) {
                value = value * 10 + s.charAt(i++) - '0';
            }
            int length = i - start;
            if (length == 0 || value > 255 || (!leadingZeros && length > 1 && s.charAt(start) == '0')) {
                return false;
            }
        }
        return i == to;
    }

    /**
     * RFC 4291 §2.2 text forms (RFC 3986 §3.2.2 {@code IPv6address}): eight 1-4 digit hex groups, at most one "::"
     * standing for one or more zero groups, optionally ending in an embedded IPv4 address. No zone id, no prefix.
     */
    static boolean isIpv6(String s) {
        return isIpv6(s, 0, s.length());
    }

    private static boolean isIpv6(String s, int from, int to) {
        int i = from;
        int groups = 0;
        boolean compressed = false;
        if (s.startsWith("::", i)) {
            compressed = true;
            i += 2;
            if (i == to) {
                return true;
            }
        }
        while (true) {
            int start = i;
            while (i < to && i - start < 5 && isHex(s.charAt(i))) {
                i++;
            }
            if (i < to && s.charAt(i) == '.') { // ls32 may end in an IPv4 address counting as two groups
                if (!isIpv4(s, start, to, false)) {
                    return false;
                }
                groups += 2;
                break;
            }
            if (i == start || i - start > 4) {
                return false;
            }
            groups++;
            if (i == to) {
                break;
            }
            if (s.charAt(i++) != ':' || i == to) {
                return false;
            }
            if (s.charAt(i) == ':') {
                if (compressed) {
                    return false;
                }
                compressed = true;
                if (++i == to) {
                    break;
                }
            }
        }
        return compressed ? groups <= 7 : groups == 8;
    }

    // ---------------------------------------------------------------- host names

    /**
     * RFC 1123 §2.1 host name: dot-separated labels of letters, digits and inner hyphens, each at most 63 octets, at
     * most 253 in all, no trailing dot. A label starting "xn--" is an A-label and must decode to a valid U-label
     * (RFC 5891 §5.4).
     */
    static boolean isHostname(String s) {
        return isDomain(s, false);
    }

    /**
     * RFC 5890 §2.3.2.3 internationalized host name: labels are LDH labels, A-labels or U-labels valid under IDNA2008
     * (RFC 5891 §4.2, RFC 5892, RFC 5893), separated by any of the RFC 3490 §3.1 full stops. Lengths apply to the
     * A-label form.
     */
    static boolean isIdnHostname(String s) {
        return isDomain(s, true);
    }

    private static boolean isDomain(String s, boolean idn) {
        int n = s.length();
        int length = -1; // in A-label octets, without the separator before the first label
        boolean rtl = false; // RFC 5893 §1.4: a "Bidi domain name" has an R, AL or AN character somewhere ...
        boolean bidiOk = true; // ... and then every label must satisfy the Bidi rule (§2)
        int start = 0;
        for (int i = 0; i <= n; i++) {
            if (i < n && !isLabelSeparator(s.charAt(i), idn)) {
                continue;
            }
            if (i == start) {
                return false; // empty label; RFC 1123 names have no trailing dot
            }
            int labelLength;
            if (isAscii(s, start, i)) {
                labelLength = i - start;
                if (labelLength > 63 || !isLdhLabel(s, start, i)) {
                    return false;
                }
                if (s.regionMatches(true, start, "xn--", 0, 4)) {
                    String aLabel = s.substring(start + 4, i).toLowerCase(Locale.ROOT);
                    String uLabel = punycodeDecode(aLabel);
                    // RFC 5891 §5.4: the decoded label must be a valid U-label that encodes back to the same A-label
                    if (uLabel == null || !isULabel(uLabel) || !aLabel.equals(punycodeEncode(uLabel))) {
                        return false;
                    }
                    rtl |= hasRtl(uLabel);
                    bidiOk &= isBidiLabel(uLabel);
                } else {
                    // RFC 5890 §2.3.1: "--" in the third and fourth positions marks a reserved label, which RFC 1123
                    // allows but IDNA2008 does not accept as an NR-LDH label
                    if (idn && labelLength >= 4 && s.charAt(start + 2) == '-' && s.charAt(start + 3) == '-') {
                        return false;
                    }
                    bidiOk &= isAsciiLetter(s.charAt(start)); // an LDH label meets RFC 5893 §2 iff it starts with L
                }
            } else {
                if (!idn) {
                    return false;
                }
                String uLabel = s.substring(start, i);
                String aLabel = isULabel(uLabel) ? punycodeEncode(uLabel) : null;
                if (aLabel == null) {
                    return false;
                }
                labelLength = 4 + aLabel.length(); // RFC 5891 §4.2.4: the limit is on the "xn--" form
                if (labelLength > 63) {
                    return false;
                }
                rtl |= hasRtl(uLabel);
                bidiOk &= isBidiLabel(uLabel);
            }
            length += 1 + labelLength;
            start = i + 1;
        }
        return length <= 253 && (!rtl || bidiOk);
    }

    /** "." and, for IDN host names, the ideographic, fullwidth and halfwidth full stops (RFC 3490 §3.1). */
    private static boolean isLabelSeparator(char c, boolean idn) {
        return c == '.' || (idn && (c == '\u3002' || c == '\uff0e' || c == '\uff61'));
    }

    /** RFC 952 / RFC 1123 §2.1 label: letters, digits and hyphens, not starting or ending with a hyphen. */
    private static boolean isLdhLabel(String s, int from, int to) {
        if (s.charAt(from) == '-' || s.charAt(to - 1) == '-') {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!isAsciiLetter(c) && !isDigit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** RFC 5891 §4.2 (registration checks) on a candidate U-label: NFC, hyphens, leading mark, code points, context. */
    private static boolean isULabel(String label) {
        if (!Normalizer.isNormalized(label, Normalizer.Form.NFC)) {
            return false;
        }
        // §4.2.3.1: no leading or trailing hyphen, no "--" in the third and fourth positions
        if (label.charAt(0) == '-' || label.charAt(label.length() - 1) == '-') {
            return false;
        }
        // §4.2.3.2: must not begin with a combining mark
        if (isMark(label.codePointAt(0))) {
            return false;
        }
        boolean nonAscii = false; // RFC 5890 §2.3.2.1: a U-label has at least one non-ASCII character
        int position = 0;
        int previous = -1;
        for (int i = 0; i < label.length(); i += Character.charCount(previous), position++) {
            int cp = label.codePointAt(i);
            if (position == 3 && cp == '-' && previous == '-') { // §4.2.3.1 again: "--" at positions 3 and 4
                return false;
            }
            nonAscii |= cp >= 0x80;
            switch (idnaProperty(cp)) {
                case PVALID:
                    break;
                case CONTEXTJ:
                    if (!contextJ(label, i, cp)) {
                        return false;
                    }
                    break;
                case CONTEXTO:
                    if (!contextO(label, i, cp)) {
                        return false;
                    }
                    break;
                default:
                    return false;
            }
            previous = cp;
        }
        return nonAscii;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    // IDNA2008 derived property values (RFC 5892 §3); UNASSIGNED counts as DISALLOWED here
    private static final int PVALID = 0;
    private static final int CONTEXTJ = 1;
    private static final int CONTEXTO = 2;
    private static final int DISALLOWED = 3;

    /**
     * RFC 5892 §3 derived property, computed from the JDK's Unicode data in the RFC's order. §2.2 "Unstable" needs
     * full case folding, which the JDK lacks: upper- then lower-casing agrees with it except for the two cases below.
     * Checked against a direct reading of the RFC over the UCD files for every Unicode 13 (Java 17) code point.
     */
    private static int idnaProperty(int cp) {
        switch (cp) {
            // §2.6 Exceptions
            case 0x00DF:
            case 0x03C2:
            case 0x06FD:
            case 0x06FE:
            case 0x0F0B:
            case 0x3007:
                return PVALID;
            case 0x00B7:
            case 0x0375:
            case 0x05F3:
            case 0x05F4:
            case 0x30FB:
                return CONTEXTO;
            case 0x0640:
            case 0x07FA:
            case 0x302E:
            case 0x302F:
            case 0x3031:
            case 0x3032:
            case 0x3033:
            case 0x3034:
            case 0x3035:
            case 0x303B:
                return DISALLOWED;
            // §2.8 JoinControl
            case 0x200C:
            case 0x200D:
                return CONTEXTJ;
            default:
                break;
        }
        if ((cp >= 0x0660 && cp <= 0x0669) || (cp >= 0x06F0 && cp <= 0x06F9)) {
            return CONTEXTO; // §2.6 Exceptions: the Arabic-Indic digits
        }
        // §2.5 LDH (upper-case ASCII letters fall to Unstable below)
        if ((cp >= 'a' && cp <= 'z') || isDigit(cp) || cp == '-') {
            return PVALID;
        }
        int type = Character.getType(cp);
        // §2.10 Unassigned; noncharacters are Cn too, and DISALLOWED either way
        if (type == Character.UNASSIGNED) {
            return DISALLOWED;
        }
        // §2.1 LetterDigits is checked last in the RFC; anything else is DISALLOWED whatever the steps between say
        boolean letterDigit = type == Character.LOWERCASE_LETTER
                || type == Character.UPPERCASE_LETTER
                || type == Character.OTHER_LETTER
                || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.MODIFIER_LETTER
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
        if (!letterDigit
                || inRanges(cp, DEFAULT_IGNORABLE) // §2.3; White_Space and noncharacters are not L, M or Nd anyway
                || (cp >= 0x20D0 && cp <= 0x20FF)
                || (cp >= 0x1D100 && cp <= 0x1D24F) // §2.4 IgnorableBlocks
                || (cp >= 0x1100 && cp <= 0x11FF)
                || (cp >= 0xA960 && cp <= 0xA97C) // §2.9 OldHangulJamo
                || (cp >= 0xD7B0 && cp <= 0xD7FB)) {
            return DISALLOWED;
        }
        return isUnstable(cp) ? DISALLOWED : PVALID; // §2.2 Unstable
    }

    /** §2.2: {@code toNFKC(toCaseFold(toNFKC(cp))) != cp}. */
    private static boolean isUnstable(int cp) {
        // Case folding keeps dotless i (U+0131), which upper-casing would turn into I; and it folds Cherokee to its
        // upper case (Unicode 8 kept the older upper-case letters stable), the opposite of lower-casing.
        if (cp == 0x0131 || (cp >= 0x13A0 && cp <= 0x13F5)) {
            return false;
        }
        if ((cp >= 0x13F8 && cp <= 0x13FD) || (cp >= 0xAB70 && cp <= 0xABBF)) {
            return true;
        }
        String original = new String(Character.toChars(cp));
        String folded = Normalizer.normalize(original, Normalizer.Form.NFKC)
                .toUpperCase(Locale.ROOT)
                .toLowerCase(Locale.ROOT);
        return !Normalizer.normalize(folded, Normalizer.Form.NFKC).equals(original);
    }

    /** RFC 5892 Appendix A.1 and A.2 (ZERO WIDTH NON-JOINER and ZERO WIDTH JOINER). */
    private static boolean contextJ(String label, int index, int cp) {
        if (index == 0) {
            return false;
        }
        int before = label.codePointBefore(index);
        if (inRanges(before, VIRAMA)) { // Canonical_Combining_Class(Before(cp)) .eq. Virama
            return true;
        }
        if (cp != 0x200C) {
            return false;
        }
        // (Joining_Type:{L,D})(Joining_Type:T)*\u200C(Joining_Type:T)*(Joining_Type:{R,D})
        int i = index;
        int c;
        do {
            if (i == 0) {
                return false;
            }
            c = label.codePointBefore(i);
            i -= Character.charCount(c);
        } while (isTransparentJoining(c));
        if (!inRanges(c, JOINS_FORWARD)) {
            return false;
        }
        i = index + 1;
        do {
            if (i >= label.length()) {
                return false;
            }
            c = label.codePointAt(i);
            i += Character.charCount(c);
        } while (isTransparentJoining(c));
        return inRanges(c, JOINS_BACKWARD);
    }

    /** Joining_Type T (ArabicShaping.txt): Mn, Me and Cf unless listed otherwise. */
    private static boolean isTransparentJoining(int cp) {
        int type = Character.getType(cp);
        return (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT)
                ? !inRanges(cp, NOT_TRANSPARENT)
                : cp == 0x1E94B;
    }

    /** RFC 5892 Appendix A.3 to A.9. */
    private static boolean contextO(String label, int index, int cp) {
        int end = index + Character.charCount(cp);
        switch (cp) {
            case 0x00B7: // MIDDLE DOT: between two l's (Catalan l·l)
                return index > 0 && label.charAt(index - 1) == 'l' && end < label.length() && label.charAt(end) == 'l';
            case 0x0375: // GREEK LOWER NUMERAL SIGN (KERAIA): followed by Greek
                return end < label.length()
                        && Character.UnicodeScript.of(label.codePointAt(end)) == Character.UnicodeScript.GREEK;
            case 0x05F3: // HEBREW PUNCTUATION GERESH and GERSHAYIM: preceded by Hebrew
            case 0x05F4:
                return index > 0
                        && Character.UnicodeScript.of(label.codePointBefore(index)) == Character.UnicodeScript.HEBREW;
            case 0x30FB: // KATAKANA MIDDLE DOT: somewhere in a Hiragana, Katakana or Han label
                for (int i = 0; i < label.length(); ) {
                    int c = label.codePointAt(i);
                    Character.UnicodeScript script = Character.UnicodeScript.of(c);
                    if (script == Character.UnicodeScript.HIRAGANA
                            || script == Character.UnicodeScript.KATAKANA
                            || script == Character.UnicodeScript.HAN) {
                        return true;
                    }
                    i += Character.charCount(c);
                }
                return false;
            default: // ARABIC-INDIC and EXTENDED ARABIC-INDIC DIGITS: the two sets must not mix
                int otherFirst = cp <= 0x0669 ? 0x06F0 : 0x0660;
                for (int i = 0; i < label.length(); i++) {
                    char c = label.charAt(i);
                    if (c >= otherFirst && c <= otherFirst + 9) {
                        return false;
                    }
                }
                return true;
        }
    }

    /** Whether a label makes its domain a Bidi domain name (RFC 5893 §1.4): it holds an R, AL or AN character. */
    private static boolean hasRtl(String label) {
        for (int i = 0; i < label.length(); ) {
            int cp = label.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                    || d == Character.DIRECTIONALITY_ARABIC_NUMBER) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** The Bidi rule, RFC 5893 §2, conditions 1 to 6. */
    private static boolean isBidiLabel(String label) {
        byte first = Character.getDirectionality(label.codePointAt(0));
        boolean rtl;
        if (first == Character.DIRECTIONALITY_RIGHT_TO_LEFT || first == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
            rtl = true;
        } else if (first == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
            rtl = false;
        } else {
            return false; // 1
        }
        boolean europeanNumber = false;
        boolean arabicNumber = false;
        byte last = first; // the last character that is not NSM
        for (int i = 0; i < label.length(); ) {
            int cp = label.codePointAt(i);
            i += Character.charCount(cp);
            byte d = Character.getDirectionality(cp);
            switch (d) {
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                    if (rtl) {
                        return false; // 2
                    }
                    break;
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT:
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                case Character.DIRECTIONALITY_ARABIC_NUMBER:
                    if (!rtl) {
                        return false; // 5
                    }
                    arabicNumber |= d == Character.DIRECTIONALITY_ARABIC_NUMBER;
                    break;
                case Character.DIRECTIONALITY_EUROPEAN_NUMBER:
                    europeanNumber = true;
                    break;
                case Character.DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR:
                case Character.DIRECTIONALITY_COMMON_NUMBER_SEPARATOR:
                case Character.DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR:
                case Character.DIRECTIONALITY_OTHER_NEUTRALS:
                case Character.DIRECTIONALITY_BOUNDARY_NEUTRAL:
                case Character.DIRECTIONALITY_NONSPACING_MARK:
                    break;
                default:
                    return false; // 2 and 5
            }
            if (d != Character.DIRECTIONALITY_NONSPACING_MARK) {
                last = d;
            }
        }
        if (rtl) {
            return (last == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                            || last == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                            || last == Character.DIRECTIONALITY_EUROPEAN_NUMBER
                            || last == Character.DIRECTIONALITY_ARABIC_NUMBER) // 3
                    && !(europeanNumber && arabicNumber); // 4
        }
        return last == Character.DIRECTIONALITY_LEFT_TO_RIGHT || last == Character.DIRECTIONALITY_EUROPEAN_NUMBER; // 6
    }

    // ---------------------------------------------------------------- Punycode (RFC 3492 §5, §6)

    private static final int BASE = 36;
    private static final int TMIN = 1;
    private static final int TMAX = 26;

    /** RFC 3492 §6.2, on the part after "xn--"; null when it is not well-formed Punycode. */
    private static String punycodeDecode(String input) {
        int[] output = new int[input.length()];
        int length = 0;
        int delimiter = input.lastIndexOf('-');
        for (int j = 0; j < delimiter; j++) {
            output[length++] = input.charAt(j); // the caller passes ASCII only
        }
        int in = delimiter > 0 ? delimiter + 1 : 0;
        int n = 0x80;
        int i = 0;
        int bias = 72;
        while (in < input.length()) {
            int oldI = i;
            int w = 1;
            for (int k = BASE; ; k += BASE) {
                if (in >= input.length()) {
                    return null;
                }
                int digit = punycodeDigit(input.charAt(in++));
                if (digit < 0 || digit > (Integer.MAX_VALUE - i) / w) {
                    return null;
                }
                i += digit * w;
                int t = k <= bias ? TMIN : Math.min(k - bias, TMAX);
                if (digit < t) {
                    break;
                }
                if (w > Integer.MAX_VALUE / (BASE - t)) {
                    return null;
                }
                w *= BASE - t;
            }
            bias = adapt(i - oldI, length + 1, oldI == 0);
            if (i / (length + 1) > Character.MAX_CODE_POINT - n) {
                return null;
            }
            n += i / (length + 1);
            i %= length + 1;
            if (n > Character.MAX_CODE_POINT || (n >= Character.MIN_SURROGATE && n <= Character.MAX_SURROGATE)) {
                return null;
            }
            System.arraycopy(output, i, output, i + 1, length - i);
            output[i++] = n;
            length++;
        }
        return new String(output, 0, length);
    }

    /** RFC 3492 §6.3, without the "xn--" prefix; null on overflow. */
    private static String punycodeEncode(String input) {
        int[] codePoints = input.codePoints().toArray();
        StringBuilder out = new StringBuilder(input.length() + 8);
        for (int cp : codePoints) {
            if (cp < 0x80) {
                out.append((char) cp);
            }
        }
        int basic = out.length();
        int handled = basic;
        if (basic > 0) {
            out.append('-');
        }
        int n = 0x80;
        long delta = 0;
        int bias = 72;
        while (handled < codePoints.length) {
            int m = Integer.MAX_VALUE;
            for (int cp : codePoints) {
                if (cp >= n && cp < m) {
                    m = cp;
                }
            }
            delta += (long) (m - n) * (handled + 1);
            if (delta > Integer.MAX_VALUE) {
                return null;
            }
            n = m;
            for (int cp : codePoints) {
                if (cp < n && ++delta > Integer.MAX_VALUE) {
                    return null;
                }
                if (cp == n) {
                    long q = delta;
                    for (int k = BASE; ; k += BASE) {
                        int t = k <= bias ? TMIN : Math.min(k - bias, TMAX);
                        if (q < t) {
                            break;
                        }
                        out.append(punycodeChar((int) (t + (q - t) % (BASE - t))));
                        q = (q - t) / (BASE - t);
                    }
                    out.append(punycodeChar((int) q));
                    bias = adapt((int) delta, handled + 1, handled == basic);
                    delta = 0;
                    handled++;
                }
            }
            if (delta > Integer.MAX_VALUE) {
                return null;
            }
            delta++;
            n++;
        }
        return out.toString();
    }

    /** RFC 3492 §6.1 bias adaptation (damp 700, skew 38). */
    private static int adapt(int delta, int points, boolean first) {
        delta = first ? delta / 700 : delta / 2;
        delta += delta / points;
        int k = 0;
        while (delta > ((BASE - TMIN) * TMAX) / 2) {
            delta /= BASE - TMIN;
            k += BASE;
        }
        return k + (BASE - TMIN + 1) * delta / (delta + 38);
    }

    private static int punycodeDigit(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        return c >= '0' && c <= '9' ? c - '0' + 26 : -1;
    }

    private static char punycodeChar(int digit) {
        return (char) (digit < 26 ? 'a' + digit : '0' + digit - 26);
    }

    // ---------------------------------------------------------------- e-mail addresses

    /**
     * RFC 5321 §4.1.2 {@code Mailbox = Local-part "@" ( Domain / address-literal )}: a dot-atom or quoted local part
     * of at most 64 octets (§4.5.3.1.1), then a host name or an [IPv4] or [IPv6:...] literal (§4.1.3).
     */
    static boolean isEmail(String s) {
        return isMailbox(s, false);
    }

    /**
     * RFC 6531 §3.3: as {@link #isEmail} but atext and qtext also admit any non-ASCII character, and the domain may be
     * an internationalized host name. The domain is put in NFC first, as IDNA2008 lookup does (RFC 5891 §5.2).
     */
    static boolean isIdnEmail(String s) {
        return isMailbox(s, true);
    }

    private static boolean isMailbox(String s, boolean intl) {
        int n = s.length();
        int i = 0;
        if (n > 0 && s.charAt(0) == '"') {
            // Quoted-string = DQUOTE *QcontentSMTP DQUOTE
            i = 1;
            while (true) {
                if (i >= n) {
                    return false;
                }
                char c = s.charAt(i);
                if (c == '"') {
                    i++;
                    break;
                }
                if (c == '\\') { // quoted-pairSMTP = %d92 %d32-126
                    if (i + 1 >= n || s.charAt(i + 1) < 32 || s.charAt(i + 1) > 126) {
                        return false;
                    }
                    i += 2;
                } else if (c >= 32 && c <= 126) { // qtextSMTP = %d32-33 / %d35-91 / %d93-126
                    i++;
                } else if (c < 0x80 || !intl || (i = skipNonAscii(s, i)) < 0) { // RFC 6531: qtextSMTP =/ UTF8-non-ascii
                    return false;
                }
            }
        } else {
            // Dot-string = Atom *("." Atom); Atom = 1*atext
            boolean atomStart = true;
            while (i < n && s.charAt(i) != '@') {
                char c = s.charAt(i);
                if (c == '.') {
                    if (atomStart) {
                        return false;
                    }
                    atomStart = true;
                    i++;
                    continue;
                }
                if (c < 0x80) {
                    if (!isAtext(c)) {
                        return false;
                    }
                    i++;
                } else if (!intl || (i = skipNonAscii(s, i)) < 0) { // RFC 6531: atext =/ UTF8-non-ascii
                    return false;
                }
                atomStart = false;
            }
            if (atomStart) {
                return false;
            }
        }
        if (i >= n || s.charAt(i) != '@' || utf8Length(s, 0, i) > 64) {
            return false;
        }
        int domain = i + 1;
        if (domain < n && s.charAt(domain) == '[') {
            // address-literal = "[" ( IPv4-address-literal / IPv6-address-literal / General-address-literal ) "]"
            if (s.charAt(n - 1) != ']') {
                return false;
            }
            if (s.regionMatches(true, domain + 1, "IPv6:", 0, 5)) {
                return isIpv6(s, domain + 6, n - 1);
            }
            // Snum = 1*3DIGIT, 0 to 255; no General-address-literal tag other than IPv6 is registered
            return isIpv4(s, domain + 1, n - 1, true);
        }
        String host = s.substring(domain);
        return intl ? isIdnHostname(Normalizer.normalize(host, Normalizer.Form.NFC)) : isHostname(host);
    }

    /** RFC 5322 §3.2.3 atext. */
    private static boolean isAtext(char c) {
        return isAsciiLetter(c) || isDigit(c) || "!#$%&'*+-/=?^_`{|}~".indexOf(c) >= 0;
    }

    /** Index after the well-formed non-ASCII character at i (RFC 6532 §3.1 UTF8-non-ascii), or -1. */
    private static int skipNonAscii(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x80) {
            return -1;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? i + 2 : -1;
        }
        return Character.isLowSurrogate(c) ? -1 : i + 1;
    }

    private static int utf8Length(String s, int from, int to) {
        int length = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            length += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3; // a pair counts 4 in all
        }
        return length;
    }

    // ---------------------------------------------------------------- URIs and IRIs

    /** RFC 3986 §3 {@code URI = scheme ":" hier-part [ "?" query ] [ "#" fragment ]}. */
    static boolean isUri(String s) {
        return isReference(s, false, false);
    }

    /** RFC 3986 §4.1 {@code URI-reference = URI / relative-ref}. */
    static boolean isUriReference(String s) {
        return isReference(s, false, true);
    }

    /** RFC 3987 §2.2 {@code IRI}: a URI that may also hold ucschar, and iprivate in the query. */
    static boolean isIri(String s) {
        return isReference(s, true, false);
    }

    /** RFC 3987 §2.2 {@code IRI-reference}. */
    static boolean isIriReference(String s) {
        return isReference(s, true, true);
    }

    // What each ASCII character may be, as bits (RFC 3986 §2.2, §2.3, Appendix A)
    private static final byte UNRESERVED = 1;
    private static final byte SUB_DELIM = 2;
    private static final byte COLON = 4;
    private static final byte AT = 8;
    private static final byte SLASH = 16;
    private static final byte QUESTION = 32;
    private static final byte[] URI_CHARS = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            if (isAsciiLetter(c) || isDigit(c) || "-._~".indexOf(c) >= 0) {
                URI_CHARS[c] = UNRESERVED;
            } else if ("!$&'()*+,;=".indexOf(c) >= 0) {
                URI_CHARS[c] = SUB_DELIM;
            }
        }
        URI_CHARS[':'] = COLON;
        URI_CHARS['@'] = AT;
        URI_CHARS['/'] = SLASH;
        URI_CHARS['?'] = QUESTION;
    }

    private static final int REG_NAME = UNRESERVED | SUB_DELIM; // §3.2.2
    private static final int USERINFO = REG_NAME | COLON; // §3.2.1
    private static final int PCHAR = USERINFO | AT; // §3.3
    private static final int PATH = PCHAR | SLASH; // §3.3
    private static final int QUERY = PATH | QUESTION; // §3.4, and §3.5 fragment too

    private static boolean isReference(String s, boolean iri, boolean relative) {
        int n = s.length();
        int i = schemeEnd(s);
        boolean hasScheme = i > 0;
        if (hasScheme) {
            i++;
        } else if (relative) {
            i = 0;
        } else {
            return false;
        }
        if (s.startsWith("//", i)) { // "//" authority path-abempty
            int end = i + 2;
            while (end < n && s.charAt(end) != '/' && s.charAt(end) != '?' && s.charAt(end) != '#') {
                end++;
            }
            if (!isAuthority(s, i + 2, end, iri)) {
                return false;
            }
            i = end;
        } else if (!hasScheme) {
            // §4.2 path-noscheme: the first segment of a relative path holds no ":" (it would read as a scheme)
            for (int j = i; j < n && s.charAt(j) != '/' && s.charAt(j) != '?' && s.charAt(j) != '#'; j++) {
                if (s.charAt(j) == ':') {
                    return false;
                }
            }
        }
        i = scan(s, i, n, PATH, iri, false);
        if (i >= 0 && i < n && s.charAt(i) == '?') {
            i = scan(s, i + 1, n, QUERY, iri, true); // RFC 3987 iquery also admits iprivate
        }
        if (i >= 0 && i < n && s.charAt(i) == '#') {
            i = scan(s, i + 1, n, QUERY, iri, false);
        }
        return i == n;
    }

    /** Index of the ":" ending {@code scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )} (§3.1), or -1. */
    private static int schemeEnd(String s) {
        if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!isAsciiLetter(c) && !isDigit(c) && c != '+' && c != '-' && c != '.') {
                return -1;
            }
        }
        return -1;
    }

    /** §3.2 {@code authority = [ userinfo "@" ] host [ ":" port ]}. */
    private static boolean isAuthority(String s, int from, int to, boolean iri) {
        int host = from;
        int at = s.indexOf('@', from);
        if (at >= 0 && at < to) {
            if (scan(s, from, at, USERINFO, iri, false) != at) {
                return false;
            }
            host = at + 1;
        }
        int hostEnd;
        if (host < to && s.charAt(host) == '[') { // §3.2.2 IP-literal = "[" ( IPv6address / IPvFuture ) "]"
            int close = s.indexOf(']', host);
            if (close < 0 || close >= to || !(isIpv6(s, host + 1, close) || isIpvFuture(s, host + 1, close))) {
                return false;
            }
            hostEnd = close + 1;
        } else { // reg-name, which also covers IPv4address
            hostEnd = scan(s, host, to, REG_NAME, iri, false);
            if (hostEnd < 0) {
                return false;
            }
        }
        if (hostEnd == to) {
            return true;
        }
        if (s.charAt(hostEnd) != ':') {
            return false;
        }
        for (int i = hostEnd + 1; i < to; i++) { // §3.2.3 port = *DIGIT
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** §3.2.2 {@code IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )}. */
    private static boolean isIpvFuture(String s, int from, int to) {
        if (from >= to || (s.charAt(from) != 'v' && s.charAt(from) != 'V')) {
            return false;
        }
        int i = from + 1;
        while (i < to && isHex(s.charAt(i))) {
            i++;
        }
        if (i == from + 1 || i >= to || s.charAt(i) != '.' || i + 1 == to) {
            return false;
        }
        for (i++; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 128 || (URI_CHARS[c] & USERINFO) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Consumes characters of the given class and pct-encoded triplets from {@code from}; with {@code iri} also ucschar
     * (RFC 3987 §2.2) and, with {@code iprivate}, private-use characters. Returns the index of the first character
     * not consumed, or -1 on a malformed "%".
     */
    private static int scan(String s, int from, int to, int allowed, boolean iri, boolean iprivate) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '%') { // §2.1 pct-encoded = "%" HEXDIG HEXDIG
                if (i + 2 >= to || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
                    return -1;
                }
                i += 3;
            } else if (c < 128) {
                if ((URI_CHARS[c] & allowed) == 0) {
                    return i;
                }
                i++;
            } else {
                int cp = s.codePointAt(i);
                if (!iri || !(isUcschar(cp) || (iprivate && isIprivate(cp)))) {
                    return i;
                }
                i += Character.charCount(cp);
            }
        }
        return i;
    }

    /** RFC 3987 §2.2 ucschar. Lone surrogates fall outside it. */
    private static boolean isUcschar(int cp) {
        if (cp >= 0xA0 && cp <= 0xD7FF) {
            return true;
        }
        if (cp >= 0xF900 && cp <= 0xFDCF) {
            return true;
        }
        if (cp >= 0xFDF0 && cp <= 0xFFEF) {
            return true;
        }
        // %x10000-1FFFD / %x20000-2FFFD / ... / %xD0000-DFFFD, then %xE1000-EFFFD
        return cp >= 0x10000 && cp < 0xF0000 && (cp & 0xFFFF) <= 0xFFFD && (cp < 0xE0000 || cp >= 0xE1000);
    }

    /** RFC 3987 §2.2 iprivate. */
    private static boolean isIprivate(int cp) {
        return (cp >= 0xE000 && cp <= 0xF8FF) || (cp >= 0xF0000 && (cp & 0xFFFF) <= 0xFFFD);
    }

    /**
     * RFC 6570 §2 {@code URI-Template = *( literals / expression )}. Literals follow §2.1 except that "'" is allowed:
     * it is a sub-delim in RFC 3986 and the JSON Schema Test Suite accepts it.
     */
    static boolean isUriTemplate(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '{') {
                i = expressionEnd(s, i + 1);
                if (i < 0) {
                    return false;
                }
            } else if (c == '%') {
                if (!isPctEncoded(s, i)) {
                    return false;
                }
                i += 3;
            } else if (c < 128) {
                // any ASCII except CTL, SP, DQUOTE, "%", "<", ">", "\", "^", "`", "{", "|", "}"
                if (c <= 0x20 || c == 0x7F || "\"<>\\^`{|}".indexOf(c) >= 0) {
                    return false;
                }
                i++;
            } else {
                int cp = s.codePointAt(i);
                if (!isUcschar(cp) && !isIprivate(cp)) {
                    return false;
                }
                i += Character.charCount(cp);
            }
        }
        return true;
    }

    /**
     * §2.2 {@code expression = "{" [ operator ] variable-list "}"} from just after "{"; returns the index after "}", or
     * -1. The op-reserve operators ("=", ",", "!", "@", "|") are in the grammar, so they are accepted.
     */
    private static int expressionEnd(String s, int from) {
        int n = s.length();
        int i = from;
        if (i < n && "+#./;?&=,!@|".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        while (true) {
            // §2.3 varname = varchar *( ["."] varchar ); varchar = ALPHA / DIGIT / "_" / pct-encoded
            boolean afterDot = true;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '%' && isPctEncoded(s, i)) {
                    i += 3;
                } else if (isAsciiLetter(c) || isDigit(c) || c == '_') {
                    i++;
                } else if (c == '.' && !afterDot) {
                    i++;
                    afterDot = true;
                    continue;
                } else {
                    break;
                }
                afterDot = false;
            }
            if (afterDot || i >= n) { // empty name, or a name ending in "."
                return -1;
            }
            // §2.4 modifier-level4 = prefix / explode; prefix = ":" max-length; max-length = %x31-39 0*3DIGIT
            if (s.charAt(i) == ':') {
                int start = ++i;
                while (i < n && isDigit(s.charAt(i)) && i - start < 4) {
                    i++;
                }
                if (i == start || s.charAt(start) == '0') {
                    return -1;
                }
            } else if (s.charAt(i) == '*') {
                i++;
            }
            if (i >= n) {
                return -1;
            }
            char c = s.charAt(i++);
            if (c == '}') {
                return i;
            }
            if (c != ',') {
                return -1;
            }
        }
    }

    private static boolean isPctEncoded(String s, int i) {
        return i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2));
    }

    // ---------------------------------------------------------------- other formats

    /** RFC 4122 §3 string representation: 8-4-4-4-12 hex digits, any case, any version and variant. */
    static boolean isUuid(String s) {
        if (s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23 ? c != '-' : !isHex(c)) {
                return false;
            }
        }
        return true;
    }

    /** RFC 6901 §3 {@code json-pointer = *( "/" reference-token )}, where "~" must start "~0" or "~1". */
    static boolean isJsonPointer(String s) {
        return isJsonPointer(s, 0);
    }

    private static boolean isJsonPointer(String s, int from) {
        int n = s.length();
        if (from < n && s.charAt(from) != '/') {
            return false;
        }
        for (int i = from; i < n; i++) {
            if (s.charAt(i) == '~' && (i + 1 == n || (s.charAt(i + 1) != '0' && s.charAt(i + 1) != '1'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * draft-handrews-relative-json-pointer-01 §3 (the version 2020-12 cites):
     * {@code non-negative-integer ( json-pointer / "#" )}, the integer without leading zeros.
     */
    static boolean isRelativeJsonPointer(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        if (i == 0 || (i > 1 && s.charAt(0) == '0')) {
            return false;
        }
        return (i + 1 == n && s.charAt(i) == '#') || isJsonPointer(s, i);
    }

    /**
     * RFC 4648 §4 base64 (OpenAPI format "byte"): the standard alphabet, length a multiple of 4, and "=" only as one or
     * two final padding characters.
     */
    static boolean isByte(String s) {
        int n = s.length();
        if (n % 4 != 0) {
            return false;
        }
        int data = n;
        if (n > 0 && s.charAt(n - 1) == '=') {
            data = s.charAt(n - 2) == '=' ? n - 2 : n - 1;
        }
        for (int i = 0; i < data; i++) {
            char c = s.charAt(i);
            if (!isAsciiLetter(c) && !isDigit(c) && c != '+' && c != '/') {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- helpers

    /** The value of {@code count} ASCII digits at {@code from}, or -1 (other Unicode digits do not count). */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    private static boolean isAscii(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Whether cp lies in one of the inclusive [first, last] pairs of a sorted table. */
    private static boolean inRanges(int cp, int[] ranges) {
        int low = 0;
        int high = ranges.length / 2 - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (cp < ranges[2 * mid]) {
                high = mid - 1;
            } else if (cp > ranges[2 * mid + 1]) {
                low = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    // Unicode 13 data the JDK does not expose, taken from the UCD files named; pairs of inclusive ranges.

    /** DerivedCoreProperties.txt Default_Ignorable_Code_Point. */
    private static final int[] DEFAULT_IGNORABLE = {
        0x00AD, 0x00AD, 0x034F, 0x034F, 0x061C, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B, 0x180F,
        0x200B, 0x200F, 0x202A, 0x202E, 0x2060, 0x206F, 0x3164, 0x3164, 0xFE00, 0xFE0F, 0xFEFF, 0xFEFF,
        0xFFA0, 0xFFA0, 0xFFF0, 0xFFF8, 0x1BCA0, 0x1BCA3, 0x1D173, 0x1D17A, 0xE0000, 0xE0FFF,
    };

    /** UnicodeData.txt Canonical_Combining_Class 9 (Virama). */
    private static final int[] VIRAMA = {
        0x094D, 0x094D, 0x09CD, 0x09CD, 0x0A4D, 0x0A4D, 0x0ACD, 0x0ACD, 0x0B4D, 0x0B4D, 0x0BCD, 0x0BCD, 0x0C4D, 0x0C4D,
        0x0CCD, 0x0CCD, 0x0D3B, 0x0D3C, 0x0D4D, 0x0D4D, 0x0DCA, 0x0DCA, 0x0E3A, 0x0E3A, 0x0EBA, 0x0EBA, 0x0F84, 0x0F84,
        0x1039, 0x103A, 0x1714, 0x1714, 0x1734, 0x1734, 0x17D2, 0x17D2, 0x1A60, 0x1A60, 0x1B44, 0x1B44, 0x1BAA, 0x1BAB,
        0x1BF2, 0x1BF3, 0x2D7F, 0x2D7F, 0xA806, 0xA806, 0xA82C, 0xA82C, 0xA8C4, 0xA8C4, 0xA953, 0xA953, 0xA9C0, 0xA9C0,
        0xAAF6, 0xAAF6, 0xABED, 0xABED, 0x10A3F, 0x10A3F, 0x11046, 0x11046, 0x1107F, 0x1107F, 0x110B9, 0x110B9, 0x11133,
        0x11134, 0x111C0, 0x111C0, 0x11235, 0x11235, 0x112EA, 0x112EA, 0x1134D, 0x1134D, 0x11442, 0x11442, 0x114C2,
        0x114C2, 0x115BF, 0x115BF, 0x1163F, 0x1163F, 0x116B6, 0x116B6, 0x1172B, 0x1172B, 0x11839, 0x11839, 0x1193D,
        0x1193E, 0x119E0, 0x119E0, 0x11A34, 0x11A34, 0x11A47, 0x11A47, 0x11A99, 0x11A99, 0x11C3F, 0x11C3F, 0x11D44,
        0x11D45, 0x11D97, 0x11D97,
    };

    /** ArabicShaping.txt Joining_Type L or D: joins to the character after it. */
    private static final int[] JOINS_FORWARD = {
        0x0620, 0x0620, 0x0626, 0x0626, 0x0628, 0x0628, 0x062A, 0x062E, 0x0633, 0x063F, 0x0641, 0x0647, 0x0649, 0x064A,
        0x066E, 0x066F, 0x0678, 0x0687, 0x069A, 0x06BF, 0x06C1, 0x06C2, 0x06CC, 0x06CC, 0x06CE, 0x06CE, 0x06D0, 0x06D1,
        0x06FA, 0x06FC, 0x06FF, 0x06FF, 0x0712, 0x0714, 0x071A, 0x071D, 0x071F, 0x0727, 0x0729, 0x0729, 0x072B, 0x072B,
        0x072D, 0x072E, 0x074E, 0x0758, 0x075C, 0x076A, 0x076D, 0x0770, 0x0772, 0x0772, 0x0775, 0x0777, 0x077A, 0x077F,
        0x07CA, 0x07EA, 0x0841, 0x0845, 0x0848, 0x0848, 0x084A, 0x0853, 0x0855, 0x0855, 0x0860, 0x0860, 0x0862, 0x0865,
        0x0868, 0x0868, 0x08A0, 0x08A9, 0x08AF, 0x08B0, 0x08B3, 0x08B4, 0x08B6, 0x08B8, 0x08BA, 0x08C7, 0x1807, 0x1807,
        0x1820, 0x1878, 0x1887, 0x18A8, 0x18AA, 0x18AA, 0xA840, 0xA872, 0x10AC0, 0x10AC4, 0x10ACD, 0x10ACD, 0x10AD3,
        0x10ADC, 0x10ADE, 0x10AE0, 0x10AEB, 0x10AEE, 0x10B80, 0x10B80, 0x10B82, 0x10B82, 0x10B86, 0x10B88, 0x10B8A,
        0x10B8B, 0x10B8D, 0x10B8D, 0x10B90, 0x10B90, 0x10BAD, 0x10BAE, 0x10D00, 0x10D21, 0x10D23, 0x10D23, 0x10F30,
        0x10F32, 0x10F34, 0x10F44, 0x10F51, 0x10F53, 0x10FB0, 0x10FB0, 0x10FB2, 0x10FB3, 0x10FB8, 0x10FB8, 0x10FBB,
        0x10FBC, 0x10FBE, 0x10FBF, 0x10FC1, 0x10FC1, 0x10FC4, 0x10FC4, 0x10FCA, 0x10FCB, 0x1E900, 0x1E943,
    };

    /** ArabicShaping.txt Joining_Type R or D: joins to the character before it. */
    private static final int[] JOINS_BACKWARD = {
        0x0620, 0x0620, 0x0622, 0x063F, 0x0641, 0x064A, 0x066E, 0x066F, 0x0671, 0x0673, 0x0675, 0x06D3, 0x06D5, 0x06D5,
        0x06EE, 0x06EF, 0x06FA, 0x06FC, 0x06FF, 0x06FF, 0x0710, 0x0710, 0x0712, 0x072F, 0x074D, 0x077F, 0x07CA, 0x07EA,
        0x0840, 0x0858, 0x0860, 0x0860, 0x0862, 0x0865, 0x0867, 0x086A, 0x08A0, 0x08AC, 0x08AE, 0x08B4, 0x08B6, 0x08C7,
        0x1807, 0x1807, 0x1820, 0x1878, 0x1887, 0x18A8, 0x18AA, 0x18AA, 0xA840, 0xA871, 0x10AC0, 0x10AC5, 0x10AC7,
        0x10AC7, 0x10AC9, 0x10ACA, 0x10ACE, 0x10AD6, 0x10AD8, 0x10AE1, 0x10AE4, 0x10AE4, 0x10AEB, 0x10AEF, 0x10B80,
        0x10B91, 0x10BA9, 0x10BAE, 0x10D01, 0x10D23, 0x10F30, 0x10F44, 0x10F51, 0x10F54, 0x10FB0, 0x10FB0, 0x10FB2,
        0x10FB6, 0x10FB8, 0x10FBF, 0x10FC1, 0x10FC4, 0x10FC9, 0x10FCA, 0x1E900, 0x1E943,
    };

    /** ArabicShaping.txt: the Mn, Me and Cf characters whose Joining_Type is not T. */
    private static final int[] NOT_TRANSPARENT = {
        0x0600, 0x0605, 0x06DD, 0x06DD, 0x08E2, 0x08E2, 0x180E, 0x180E, 0x200C, 0x200D, 0x2066, 0x2069, 0x110BD,
        0x110BD, 0x110CD, 0x110CD,
    };
}
