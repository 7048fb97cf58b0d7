package dev.priceflow.pricing.order.application;

import dev.priceflow.pricing.application.QuoteVerifier;
import dev.priceflow.pricing.domain.QuoteClaims;
import dev.priceflow.pricing.order.application.CartOutcome.Kind;
import dev.priceflow.pricing.order.application.CartOutcome.Problem;
import dev.priceflow.pricing.order.application.CartOutcome.Rejected;
import dev.priceflow.pricing.order.domain.CartLine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a cart request before anything is read: shape and limits (400), then every quote token (signature, key,
 * subject, expiry: 403 for another shopper's quote, else 422), then that the quotes fit together (422). Every
 * problem names its line or code.
 */
final class CartRequestCheck {

    static final int MAX_LINES = 100;
    static final int MAX_CODES = 10;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,31}");
    private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    /** A request that passed: verified quotes by line, distinct upper-case codes, the channel. */
    record Checked(List<QuoteClaims> quotes, List<Integer> quantities, List<String> codes, String channel) {
    }

    private final QuoteVerifier verifier;

    CartRequestCheck(QuoteVerifier verifier) {
        this.verifier = verifier;
    }

    /** Either a {@link Checked} or a {@link Rejected}. */
    Object check(String userId, OrderRequest request) {
        List<Problem> shape = new ArrayList<>();
        if (request.lines().isEmpty() || request.lines().size() > MAX_LINES) {
            shape.add(new Problem(null, null, "lines must list 1 to " + MAX_LINES + " quotes"));
        }
        for (int i = 0; i < request.lines().size(); i++) {
            OrderRequest.Line line = request.lines().get(i);
            if (line.quoteToken() == null || line.quoteToken().isBlank()) {
                shape.add(new Problem(i, null, "quoteToken is required (the signature of a quote)"));
            }
            if (line.quantity() == null || line.quantity() < 1 || line.quantity() > CartLine.MAX_QUANTITY) {
                shape.add(new Problem(i, null, "quantity must be 1 to " + CartLine.MAX_QUANTITY));
            }
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String raw : request.codes()) {
            String code = raw.strip().toUpperCase(Locale.ROOT);
            if (!CODE.matcher(code).matches()) {
                shape.add(new Problem(null, raw, "a code is 3-32 letters, digits and '-'"));
            }
            codes.add(code);
        }
        if (codes.size() > MAX_CODES) {
            shape.add(new Problem(null, null, "at most " + MAX_CODES + " codes"));
        }
        String channel = request.channel() == null ? "web" : request.channel();
        if (!CHANNEL.matcher(channel).matches()) {
            shape.add(new Problem(null, null, "channel must be 1-32 characters of a-z, 0-9 and '-'"));
        }
        if (!shape.isEmpty()) {
            return new Rejected(Kind.INVALID, "Invalid cart", shape);
        }
        return verified(userId, request, List.copyOf(codes), channel);
    }

    private Object verified(String userId, OrderRequest request, List<String> codes, String channel) {
        List<QuoteClaims> quotes = new ArrayList<>();
        List<Problem> notYours = new ArrayList<>();
        List<Problem> expired = new ArrayList<>();
        List<Problem> invalid = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            switch (verifier.verify(request.lines().get(i).quoteToken(), userId)) {
                case QuoteVerifier.Valid valid -> quotes.add(valid.claims());
                case QuoteVerifier.Invalid bad -> (switch (bad.failure()) {
                    case WRONG_SUBJECT -> notYours;
                    case EXPIRED -> expired;
                    case TAMPERED, UNKNOWN_KEY -> invalid;
                }).add(new Problem(i, null, "line " + i + ": " + bad.detail()));
            }
        }
        if (!notYours.isEmpty()) {
            return new Rejected(Kind.NOT_YOURS, "Quote of another shopper", notYours);
        }
        if (!invalid.isEmpty()) {
            invalid.addAll(expired);
            return new Rejected(Kind.QUOTE_INVALID, "Invalid quote", invalid);
        }
        if (!expired.isEmpty()) {
            return new Rejected(Kind.QUOTE_EXPIRED, "Quote expired", expired);
        }
        List<Problem> misfits = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < quotes.size(); i++) {
            QuoteClaims quote = quotes.get(i);
            if (!seen.add(quote.quoteId())) {
                misfits.add(new Problem(i, null, "line " + i + ": the same quote is already on another line; "
                        + "use one line with a larger quantity"));
            }
            if (!quote.channel().equals(channel)) {
                misfits.add(new Problem(i, null, "line " + i + ": quoted for channel " + quote.channel()
                        + ", not " + channel));
            }
            if (!quote.currency().equals(quotes.getFirst().currency())) {
                misfits.add(new Problem(i, null, "line " + i + ": priced in " + quote.currency() + ", the cart in "
                        + quotes.getFirst().currency()));
            }
        }
        if (!misfits.isEmpty()) {
            return new Rejected(Kind.UNPROCESSABLE, "Quotes do not fit together", misfits);
        }
        return new Checked(quotes, request.lines().stream().map(OrderRequest.Line::quantity).toList(), codes, channel);
    }
}
