package org.parley.clean;

import org.parley.model.Article;
import org.parley.pipeline.Stage;

/** Placeholder: passes the text through unchanged (the real cleaner replaces this). */
public final class Cleaner implements Stage<Article, CleanText> {

    @Override
    public CleanText apply(Article article) {
        String text = article.text();
        return new CleanText(article, text, OffsetMap.identity(text.length()), article.published(),
                article.published() == null ? null : "source", Dateline.NONE);
    }
}
