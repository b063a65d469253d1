package org.maillage.web.buyer;

import java.util.List;

/** Recording a direct purchase: the choices offered and what was typed. */
public record NewContractView(Form form, List<DraftView.Option> suppliers, List<DraftView.Option> categories, List<DraftView.Option> units) {
}
