package org.tnracademy.core.lti;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.tnracademy.core.lti.PlatformProblem.Field;
import org.tnracademy.core.lti.PlatformProblem.Reason;

/** The checks of a platform registration, as plain functions: bounded lengths, https addresses. */
final class PlatformRules {

    static final int MAX_ISSUER = 300;
    static final int MAX_CLIENT_ID = 255;
    static final int MAX_DEPLOYMENT_ID = 255;
    static final int MAX_DEPLOYMENTS = 20;
    static final int MAX_DEPLOYMENT_TEXT = 2000;
    static final int MAX_URL = 500;

    private PlatformRules() {
    }

    static List<PlatformProblem> check(PlatformForm form) {
        List<PlatformProblem> problems = new ArrayList<>();
        text(form.issuer(), Field.ISSUER, MAX_ISSUER, problems);
        if (!blank(form.issuer()) && form.issuer().strip().length() <= MAX_ISSUER && !secureAddress(form.issuer())) {
            problems.add(new PlatformProblem(Field.ISSUER, Reason.NOT_HTTPS, 0));
        }
        text(form.clientId(), Field.CLIENT_ID, MAX_CLIENT_ID, problems);
        deployments(form.deploymentIds(), problems);
        url(form.jwksUrl(), Field.JWKS_URL, problems);
        url(form.authUrl(), Field.AUTH_URL, problems);
        url(form.tokenUrl(), Field.TOKEN_URL, problems);
        return problems;
    }

    /** Deployment ids one per line or separated by commas, in order, each once. */
    static List<String> deploymentIds(String text) {
        Set<String> ids = new LinkedHashSet<>();
        if (text != null) {
            for (String id : text.split("[,\\n\\r]")) {
                if (!id.isBlank()) {
                    ids.add(id.strip());
                }
            }
        }
        return List.copyOf(ids);
    }

    private static void deployments(String text, List<PlatformProblem> problems) {
        if (blank(text)) {
            problems.add(new PlatformProblem(Field.DEPLOYMENT_IDS, Reason.MISSING, 0));
            return;
        }
        if (text.length() > MAX_DEPLOYMENT_TEXT) {
            problems.add(new PlatformProblem(Field.DEPLOYMENT_IDS, Reason.TOO_LONG, MAX_DEPLOYMENT_TEXT));
            return;
        }
        List<String> ids = deploymentIds(text);
        if (ids.size() > MAX_DEPLOYMENTS) {
            problems.add(new PlatformProblem(Field.DEPLOYMENT_IDS, Reason.TOO_LONG, MAX_DEPLOYMENTS));
        } else if (ids.stream().anyMatch(id -> id.length() > MAX_DEPLOYMENT_ID)) {
            problems.add(new PlatformProblem(Field.DEPLOYMENT_IDS, Reason.TOO_LONG, MAX_DEPLOYMENT_ID));
        }
    }

    private static void url(String value, Field field, List<PlatformProblem> problems) {
        if (text(value, field, MAX_URL, problems) && !secureAddress(value)) {
            problems.add(new PlatformProblem(field, Reason.NOT_HTTPS, 0));
        }
    }

    /** @return true when present and short enough */
    private static boolean text(String value, Field field, int max, List<PlatformProblem> problems) {
        if (blank(value)) {
            problems.add(new PlatformProblem(field, Reason.MISSING, 0));
            return false;
        }
        if (value.strip().length() > max) {
            problems.add(new PlatformProblem(field, Reason.TOO_LONG, max));
            return false;
        }
        return true;
    }

    /** An absolute https address with a host; plain http only on this machine (tests, a local LMS). */
    static boolean secureAddress(String value) {
        try {
            URI uri = new URI(value.strip());
            if (uri.getHost() == null || uri.getScheme() == null || uri.getRawUserInfo() != null) {
                return false;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return scheme.equals("https")
                    || scheme.equals("http") && (host.equals("localhost") || host.equals("127.0.0.1"));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
