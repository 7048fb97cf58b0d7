package dev.priceflow.bench.http;

import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import java.util.Map;

/** One request of a target, and how its answer is judged. {@code body} is null for requests without one. */
public record Request(HttpMethod method, String uri, Map<String, String> headers, String body, Judge judge) {

    public Request {
        headers = Map.copyOf(headers);
    }

    public static Request get(String uri, Map<String, String> headers, Judge judge) {
        return new Request(HttpMethod.GET, uri, headers, null, judge);
    }

    public static Request post(String uri, Map<String, String> headers, String body, Judge judge) {
        return new Request(HttpMethod.POST, uri, headers, body, judge);
    }

    /** Classifies an answer: a success with the units it carried and an optional note, or an error label. */
    @FunctionalInterface
    public interface Judge {
        Verdict judge(int status, HttpHeaders headers, String body);

        /** Any 2xx is one success; anything else is an error labelled with its status. */
        static Judge statusOnly(String noteHeader) {
            return (status, headers, body) -> status / 100 == 2
                    ? Verdict.success(1, noteHeader == null ? null : noteHeader + " " + headers.get(noteHeader))
                    : Verdict.error(Integer.toString(status));
        }
    }

    public record Verdict(boolean ok, long units, String label) {
        public static Verdict success(long units, String note) {
            return new Verdict(true, units, note);
        }

        public static Verdict error(String label) {
            return new Verdict(false, 0, label);
        }
    }
}
