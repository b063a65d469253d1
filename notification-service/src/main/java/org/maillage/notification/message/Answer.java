package org.maillage.notification.message;

/** A question an enterprise asked on an opportunity and the buyer's answer, both public on the notice. */
public record Answer(String question, String answer) {
}
