package io.dealstream.lead.projection;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalised company names and phone numbers, for duplicate detection. */
public final class Names {

    private static final Pattern LEGAL_FORMS = Pattern.compile(
            "\\b(gmbh|ag|kg|ltd|limited|llc|inc|incorporated|corp|corporation|co|company|sa|sas|srl|bv|nv|plc|oy|ab|as)\\b");

    private Names() {
    }

    /** "ACME Rail GmbH." and "acme-rail" give the same key. */
    public static String companyKey(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ");
        s = LEGAL_FORMS.matcher(s).replaceAll(" ");
        return s.replaceAll("\\s+", "");
    }

    /** Digits only, keeping a leading +: "+49 (30) 123-45" gives "+493012345". */
    public static String phoneKey(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return (phone.strip().startsWith("+") ? "+" : "") + digits;
    }

    /**
     * Null for a personal field whose key is erased: "[erased]" is no e-mail or phone, and two erased
     * contacts must not look like duplicates of each other.
     */
    public static String unlessErased(String value) {
        return io.dealstream.events.privacy.PersonalDataCipher.ERASED.equals(value) ? null : value;
    }
}
