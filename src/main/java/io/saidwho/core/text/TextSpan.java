package io.saidwho.core.text;

/**
 * A half-open range of char offsets {@code [begin, end)} into an article's text, as OpenNLP's
 * {@code Span}: {@code end} is one past the last char. Checked on construction.
 */
public record TextSpan(int begin, int end) {

  public TextSpan {
    if (begin < 0) {
      throw new IllegalArgumentException("begin must not be negative: begin=" + begin);
    }
    if (end < begin) {
      throw new IllegalArgumentException(
          "begin must not be larger than end: begin=" + begin + ", end=" + end);
    }
  }

  public int length() {
    return end - begin;
  }

  public boolean isEmpty() {
    return begin == end;
  }

  /** True when {@code offset} lies in {@code [begin, end)}. */
  public boolean contains(int offset) {
    return offset >= begin && offset < end;
  }

  /** True when {@code other} lies entirely inside this span. */
  public boolean covers(TextSpan other) {
    return other.begin >= begin && other.end <= end;
  }

  /** True when the two spans share at least one char. */
  public boolean overlaps(TextSpan other) {
    return begin < other.end && other.begin < end;
  }

  /** The text this span covers in {@code text}. */
  public String cover(CharSequence text) {
    return text.subSequence(begin, end).toString();
  }

  @Override
  public String toString() {
    return "[" + begin + "," + end + ")";
  }
}
