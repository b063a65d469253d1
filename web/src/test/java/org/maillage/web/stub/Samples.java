package org.maillage.web.stub;

/** The identifiers the stub API knows. */
public final class Samples {

    public static final String PILOT = "6d6f6e74-7265-4061-8000-000000002014";
    public static final String INSTITUTION = "11111111-1111-4111-8111-111111111111";
    public static final String OTHER_INSTITUTION = "22222222-2222-4222-8222-222222222222";
    public static final String FORBIDDEN = "33333333-3333-4333-8333-333333333333";
    public static final String ENTERPRISE = "44444444-4444-4444-8444-444444444444";
    public static final String OPPORTUNITY = "55555555-5555-4555-8555-555555555555";
    public static final String UNAVAILABLE = "66666666-6666-4666-8666-666666666666";
    public static final String ACCOUNT = "77777777-7777-4777-8777-777777777777";

    private Samples() {
    }
}
