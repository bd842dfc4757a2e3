package io.saidwho.io;

/** Values of the {@code record_type} column of the processed dataset, one per table it feeds. */
public final class RecordTypes {

  public static final String ARTICLE = "article";
  public static final String SENTENCE = "sentence";
  public static final String QUOTE = "quote";
  public static final String REJECT = "reject";
  public static final String ARTICLE_TEXT = "article_text";

  private RecordTypes() {}
}
