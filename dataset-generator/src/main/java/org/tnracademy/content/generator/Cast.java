package org.tnracademy.content.generator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The invented people, places and numbers of one post, and the filling of a template's
 * {@code {placeholders}} with them. The same values fill the post and its explanations, so an
 * explanation can quote exactly what the post exposed.
 */
final class Cast {

    private final Map<String, String> values;

    private Cast(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Draws every value, whichever the template uses: drawing the same values for every post keeps
     * the random sequence, and so the dataset, stable when a template's wording changes.
     */
    static Cast draw(SeededRandom rnd, Language lang, boolean targetIsWoman) {
        Map<String, String> v = new LinkedHashMap<>();
        String first = rnd.pick(targetIsWoman ? Lexicon.WOMEN : Lexicon.MEN);
        String last = rnd.pick(Lexicon.SURNAMES);
        String town = rnd.pick(Lexicon.towns(lang));
        Lexicon.Outlet outlet = rnd.pick(Lexicon.outlets(lang));
        v.put("first", first);
        v.put("name", first + " " + last);
        v.put("handle", "@" + lower(first) + "_" + lower(last) + Lexicon.HANDLE_SUFFIX);
        v.put("email", lower(first) + "." + lower(last) + "@" + rnd.pick(Lexicon.mailDomains(lang)));
        v.put("age", Integer.toString(rnd.between(24, 61)));
        v.put("dob", dateOfBirth(rnd, lang));
        v.put("docNumber", "SYN-" + rnd.between(100_000, 999_999));
        v.put("town", town);
        v.put("address", streetAddress(rnd, lang) + ", " + town);
        v.put("hometown", rnd.pick(Lexicon.HOMELAND_TOWNS));
        v.put("phone", phone(rnd));
        v.put("officePhone", phone(rnd));
        v.put("outlet", outlet.name());
        v.put("tipsEmail", (lang == Language.EN ? "tips@" : "contact@") + outlet.domain());
        v.put("employer", rnd.pick(Lexicon.employers(lang)));
        v.put("school", rnd.pick(Lexicon.schools(lang)));
        v.put("official", rnd.pick(Lexicon.WOMEN) + " " + rnd.pick(Lexicon.OTHER_SURNAMES));
        v.put("venue", rnd.pick(Lexicon.venues(lang)) + ", " + streetAddress(rnd, lang) + ", " + town);
        v.put("sister", relative(rnd, Lexicon.WOMEN, first));
        v.put("brother", relative(rnd, Lexicon.MEN, first));
        v.put("pseudonym", "@" + rnd.pick(Lexicon.PSEUDONYM_FIRST) + rnd.pick(Lexicon.PSEUDONYM_SECOND)
                + Lexicon.HANDLE_SUFFIX);
        return new Cast(v);
    }

    /**
     * The handle of a post's author: "@rivermoth_syn" or, as often, a name-like "@oren_avenel_syn".
     * Both kinds appear under every label, so the shape of the author's handle gives no answer away;
     * neither kind can be the handle of a target or of a pseudonymous blogger.
     */
    static String authorHandle(SeededRandom rnd) {
        boolean nameLike = rnd.nextInt(2) == 0;
        boolean woman = rnd.nextInt(2) == 0;
        String first = rnd.pick(woman ? Lexicon.WOMEN : Lexicon.MEN);
        String last = rnd.pick(Lexicon.OTHER_SURNAMES);
        String word = rnd.pick(Lexicon.HANDLE_FIRST) + rnd.pick(Lexicon.HANDLE_SECOND);
        return "@" + (nameLike ? lower(first) + "_" + lower(last) : word) + Lexicon.HANDLE_SUFFIX;
    }

    String handle() {
        return values.get("handle");
    }

    /** The template with each {@code {key}} replaced; an unknown key is a bug in the template. */
    String fill(String template) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int from = 0;
        int open;
        while ((open = template.indexOf('{', from)) >= 0) {
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("Unclosed placeholder in template: " + template);
            }
            String key = template.substring(open + 1, close);
            String value = values.get(key);
            if (value == null) {
                throw new IllegalArgumentException("Unknown placeholder {" + key + "} in template: " + template);
            }
            out.append(template, from, open).append(value);
            from = close + 1;
        }
        return out.append(template, from, template.length()).toString();
    }

    /** A relative's first name, never the target's own ("Yara's sister Yara" would confuse). */
    private static String relative(SeededRandom rnd, List<String> names, String targetFirst) {
        String name = rnd.pick(names);
        return name.equals(targetFirst) ? names.get((names.indexOf(name) + 1) % names.size()) : name;
    }

    private static String streetAddress(SeededRandom rnd, Language lang) {
        return rnd.between(1, 48) + " " + rnd.pick(Lexicon.streets(lang));
    }

    private static String phone(SeededRandom rnd) {
        return Lexicon.PHONE_PREFIX + String.format(Locale.ROOT, "%02d", rnd.nextInt(100));
    }

    private static String dateOfBirth(SeededRandom rnd, Language lang) {
        int day = rnd.between(1, 28);
        int month = rnd.nextInt(12);
        int year = rnd.between(1964, 2000);
        String monthName = (lang == Language.EN ? Lexicon.MONTHS_EN : Lexicon.MONTHS_FR).get(month);
        return day + " " + monthName + " " + year;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
