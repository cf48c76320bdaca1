package org.gridsafe.checklist;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an item's requirement comes from: a document and, where known, its article.
 *
 * @param document the document (e.g. {@code 机关、团体、企业、事业单位消防安全管理规定（公安部令第61号）})
 * @param article the article (e.g. {@code 第二十六条}), if known
 */
public record LegalBasis(String document, Optional<String> article) {

    public LegalBasis {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(article, "article");
        if (document.isBlank()) {
            throw new IllegalArgumentException("a legal basis names its document");
        }
    }

    /** The citation as shown, e.g. {@code 公安部令第61号 第二十六条}. */
    public String citation() {
        return article.map(a -> document + " " + a).orElse(document);
    }
}
