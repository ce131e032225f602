package io.parley.chat.conversation;

import io.parley.chat.store.CustomerDetails;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * What a customer may tell about themselves when starting a conversation: all optional; a name of at most 100
 * characters, an email of at most 254 containing '@', a platform among web, ios and android (web if absent), an
 * http(s) page URL of at most 2000 characters and a user agent of at most 500. Blank values count as absent.
 */
final class CustomerDetailsRules {
    static final int MAX_NAME = 100;
    static final int MAX_EMAIL = 254;
    static final int MAX_PAGE_URL = 2000;
    static final int MAX_USER_AGENT = 500;
    private static final Set<String> PLATFORMS = Set.of("web", "ios", "android");

    private CustomerDetailsRules() {}

    /** @throws InvalidInputException naming the first rule broken */
    static CustomerDetails from(StartConversation body) {
        String name = optional("customerName", body.customerName(), MAX_NAME);
        String email = optional("customerEmail", body.customerEmail(), MAX_EMAIL);
        if (email != null && !email.contains("@")) {
            throw new InvalidInputException("customerEmail must be an email address (contain '@')");
        }
        String platform = optional("platform", body.platform(), 20);
        platform = platform == null ? "web" : platform.toLowerCase(Locale.ROOT);
        if (!PLATFORMS.contains(platform)) {
            throw new InvalidInputException("platform must be one of web, ios, android");
        }
        String pageUrl = optional("pageUrl", body.pageUrl(), MAX_PAGE_URL);
        if (pageUrl != null && !isHttpUrl(pageUrl)) {
            throw new InvalidInputException("pageUrl must be an http or https URL");
        }
        String userAgent = optional("userAgent", body.userAgent(), MAX_USER_AGENT);
        return new CustomerDetails(name, email, platform, pageUrl, userAgent);
    }

    private static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            throw new InvalidInputException(field + " longer than " + max + " characters");
        }
        return trimmed;
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null;
        } catch (URISyntaxException notAUri) {
            return false;
        }
    }
}
