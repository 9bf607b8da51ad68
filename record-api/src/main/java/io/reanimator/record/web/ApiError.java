package io.reanimator.record.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The one shape of every error answer, as the gateway's: a code, a sentence for people, and every problem. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(String error, String message, List<String> problems) {
}
