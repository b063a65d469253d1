package org.maillage.contracts.api;

import java.math.BigDecimal;

/**
 * The largest amount, in CAD before taxes, a contract, an amendment, a final value, a price offered (which becomes the
 * contract's value on award) or an opportunity's estimate may carry: one billion dollars.
 * <p>
 * Why that bound: the platform records social-procurement contracts between public institutions and social-economy
 * enterprises, worth from hundreds of dollars to a few million; the largest contracts Québec's public bodies sign (a few
 * billion, for major works such as a light-rail line) are never of that kind. A value above a billion is a typing error or
 * an attempt to break the figures, and refused (400 naming the field). Reporting sums values into cells sized so that no
 * realistic number of contracts at this bound overflows them (reporting-service, migration V8).
 */
public final class ContractValues {

    /** For validation annotations, which need a constant. */
    public static final String MAX_CAD = "1000000000.00";
    public static final String TOO_LARGE = "at most 1000000000.00 (one billion dollars) / au plus 1 000 000 000 $";
    public static final BigDecimal MAX = new BigDecimal(MAX_CAD);

    private ContractValues() {
    }
}
