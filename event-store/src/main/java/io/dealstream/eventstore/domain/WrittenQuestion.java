package io.dealstream.eventstore.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A customer question that gets a written answer within 24 h (at the presentation, at the contract's last
 * confirmation): when it was raised, who owns it, when the answer is due, the answer, and whether it came late.
 * The list helpers fold the raised / answered / overdue events of any stage. Pure Java.
 */
public record WrittenQuestion(UUID questionId, String text, Instant raisedAt, String owner, Instant answerDueAt,
        String answer, Instant answeredAt, boolean overdue) {

    public boolean answered() {
        return answer != null;
    }

    /** Whether an answer given at {@code answeredAt} comes after the 24 h. */
    public boolean lateAt(Instant answeredAt) {
        return answeredAt.isAfter(answerDueAt);
    }

    /** The question a written answer is for: unknown is 404, one already answered is 409. */
    public static WrittenQuestion awaitingAnswer(List<WrittenQuestion> questions, UUID id) {
        WrittenQuestion q = questions.stream().filter(x -> x.questionId().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("question", id));
        if (q.answered()) {
            throw DomainRuleViolation.conflict("question-already-answered", "the question has its written answer");
        }
        return q;
    }

    public static List<WrittenQuestion> raised(List<WrittenQuestion> questions, UUID id, String text, Instant at,
            String owner, Instant dueAt) {
        List<WrittenQuestion> out = new ArrayList<>(questions);
        out.add(new WrittenQuestion(id, text, at, owner, dueAt, null, null, false));
        return List.copyOf(out);
    }

    /** The answer; one after its due time counts late even if the scheduler had not yet marked it. */
    public static List<WrittenQuestion> answered(List<WrittenQuestion> questions, UUID id, String answer, Instant at,
            boolean late) {
        return questions.stream().map(q -> q.questionId().equals(id) ? new WrittenQuestion(q.questionId(), q.text(),
                q.raisedAt(), q.owner(), q.answerDueAt(), answer, at, q.overdue() || late) : q).toList();
    }

    public static List<WrittenQuestion> overdue(List<WrittenQuestion> questions, UUID id) {
        return questions.stream().map(q -> q.questionId().equals(id) ? new WrittenQuestion(q.questionId(), q.text(),
                q.raisedAt(), q.owner(), q.answerDueAt(), q.answer(), q.answeredAt(), true) : q).toList();
    }
}
