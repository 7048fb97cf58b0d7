package dev.priceflow.contracts.api;

import java.util.List;

/** The answer to {@code POST /api/v1/events}: how many were accepted, and why the others were not. */
public record EventBatchResult(int accepted, int rejected, List<Rejection> rejections) {

    public EventBatchResult {
        rejections = List.copyOf(rejections);
    }

    /** One rejected event: its position in the batch, its id if it had one, and every reason. */
    public record Rejection(int index, String eventId, List<String> reasons) {
        public Rejection {
            reasons = List.copyOf(reasons);
        }
    }
}
