package io.saidwho.bench;

import io.saidwho.job.RunSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one bench run: the one-core OpenNLP baselines, the core on one core, and the job
 * end to end through Spark, with the ratios the speed bars are about, all measured in the same JVM
 * run: job tokens/s per core over raw OpenNLP sentence+token+POS tokens/s on one core, and over
 * the core's tokens/s on one core (the cost of the Spark layer), each in wall and in CPU time.
 *
 * @param options what was run
 * @param corpusName the corpus, as {@link BenchCorpus#name}
 * @param sampleSize articles in the one-core sample
 * @param rawFull OpenNLP sentence + token + POS (shipped beam 3) on one core: the baseline
 * @param rawGreedy the same with greedy POS decoding (beam 1), as the job tags
 * @param rawSentenceToken OpenNLP sentence + token on one core
 * @param rawTokenizer OpenNLP tokenizer alone on one core
 * @param core the saidwho core without Spark on one core, with its tagging share
 * @param job the job end to end
 */
record BenchReport(
    BenchOptions options,
    String corpusName,
    int sampleSize,
    Throughput rawFull,
    Throughput rawGreedy,
    Throughput rawSentenceToken,
    Throughput rawTokenizer,
    CoreSampleBench.Figures core,
    JobBench.Figures job) {

  private static final double MIB = 1024.0 * 1024.0;
  private static final List<String> CROSS_ARTICLE_JOBS = List.of(
      "resolve quotations and speakers", "write quotations", "write speakers");

  double jobTokensPerSecondPerCore() {
    return job.throughput().tokensPerSecond() / options.cores();
  }

  /** The speed bar: job tokens/s per core over raw sentence+token+POS tokens/s on one core. */
  double ratioToRaw() {
    return jobTokensPerSecondPerCore() / rawFull.tokensPerSecond();
  }

  /** The same ratio in CPU time (robust to other load on the machine). */
  double cpuRatioToRaw() {
    return job.throughput().tokensPerCpuSecond() / rawFull.tokensPerCpuSecond();
  }

  /** The Spark layer's bar: job tokens/s per core over the core's tokens/s on one core. */
  double ratioToCore() {
    return jobTokensPerSecondPerCore() / core.throughput().tokensPerSecond();
  }

  /** The same in CPU time: job tokens per process CPU second over the core's per CPU second. */
  double cpuRatioToCore() {
    return job.throughput().tokensPerCpuSecond() / core.throughput().tokensPerCpuSecond();
  }

  double articlesPerSecond() {
    return job.articles() / job.throughput().wallSeconds();
  }

  /** A plain-text table for the console. */
  String format() {
    StringBuilder out = new StringBuilder();
    line(out, "corpus", "%s: %d articles, %d sentences, %d tokens", corpusName, job.articles(),
        job.sentences(), job.throughput().tokens());
    line(out, "machine", "%d cores, max heap %.0f MiB, Java %s, master %s",
        Runtime.getRuntime().availableProcessors(), job.heap().maxHeap() / MIB,
        System.getProperty("java.version"), options.master());
    out.append(String.format(Locale.ROOT, "%-34s %14s %14s%n", "one core, sample of "
        + sampleSize + " articles", "tokens/s", "tokens/cpu-s"));
    for (Throughput t : new Throughput[] {rawTokenizer, rawSentenceToken, rawFull, rawGreedy,
        core.throughput()}) {
      out.append(String.format(Locale.ROOT, "  %-32s %14.0f %14.0f%n", t.name(),
          t.tokensPerSecond(), t.tokensPerCpuSecond()));
    }
    line(out, "core POS-tagged share", "%.1f%% of sentences", 100 * core.taggedShare());
    jobLines(out);
    return out.toString();
  }

  private void jobLines(StringBuilder out) {
    Throughput t = job.throughput();
    RunSummary s = job.summary();
    Throughput w = job.warmup();
    line(out, "job warm-up run", "%s", w == null ? "none: a cold first run"
        : String.format(Locale.ROOT, "%s, %.1f s wall, %.1f s cpu, same session", w.name(),
            w.wallSeconds(), w.cpuSeconds()));
    line(out, "job wall / cpu", "%.1f s / %.1f s (%s, %d cores)", t.wallSeconds(),
        t.cpuSeconds(), s.status(), options.cores());
    line(out, "job articles/s", "%.0f", articlesPerSecond());
    line(out, "job tokens/s", "%.0f (%.0f per core)", t.tokensPerSecond(),
        jobTokensPerSecondPerCore());
    line(out, "ratio to raw (wall, per core)", "%.2f", ratioToRaw());
    line(out, "ratio to raw (cpu time)", "%.2f", cpuRatioToRaw());
    line(out, "ratio to raw greedy (cpu time)", "%.2f",
        job.throughput().tokensPerCpuSecond() / rawGreedy.tokensPerCpuSecond());
    line(out, "ratio to core (wall, per core)", "%.2f", ratioToCore());
    line(out, "ratio to core (cpu time)", "%.2f", cpuRatioToCore());
    Map<String, Double> threads = job.cpuByThreads();
    line(out, "job cpu by threads", "tasks %.1f s, JIT %.1f s, GC %.1f s, other %.1f s",
        threads.get(ThreadCpu.TASKS), threads.get(ThreadCpu.JIT), threads.get(ThreadCpu.GC),
        threads.get(ThreadCpu.OTHER));
    taskCpuLines(out);
    line(out, "peak heap", "%.0f MiB polled, %.0f MiB pool peaks, %.0f MiB after GC",
        job.heap().polledUsed() / MIB, job.heap().poolPeakSum() / MIB,
        job.heap().maxAfterGc() / MIB);
    line(out, "stages (wall)", "read %.1f s, process %.1f s, cross-article %.1f s, write %.1f s",
        s.readSeconds(), s.processSeconds(), s.crossArticleSeconds(), s.writeSeconds());
    line(out, "core stages (summed)", "analyze %.1f s, quotes %.1f s, attribution %.1f s",
        s.analyzeSeconds(), s.quotesSeconds(), s.attributionSeconds());
    line(out, "rows", "%s", s.tableCounts());
  }

  /** Task CPU per Spark job of the run, and the share of the cross-article tables. */
  private void taskCpuLines(StringBuilder out) {
    Map<String, Double> byJob = job.taskCpuByJob();
    StringBuilder jobs = new StringBuilder();
    byJob.forEach((description, seconds) -> jobs.append(jobs.length() == 0 ? "" : ", ")
        .append(String.format(Locale.ROOT, "%s %.1f s", description, seconds)));
    line(out, "task cpu by spark job", "%s", jobs);
    double total = byJob.values().stream().mapToDouble(Double::doubleValue).sum();
    double cross = crossArticleTaskCpu();
    line(out, "cross-article task cpu", "%.1f s, %.1f%% of task cpu (%s)", cross,
        total == 0 ? 0.0 : 100 * cross / total, String.join(" + ", CROSS_ARTICLE_JOBS));
  }

  /**
   * Task CPU seconds of the jobs that exist only for the cross-article tables. The joins that
   * give {@code quotes} its {@code quotation_id} and {@code speaker_id} run inside {@code write
   * quotes} and are not in it.
   */
  double crossArticleTaskCpu() {
    return CROSS_ARTICLE_JOBS.stream()
        .mapToDouble(name -> job.taskCpuByJob().getOrDefault(name, 0.0)).sum();
  }

  private static void line(StringBuilder out, String label, String format, Object... args) {
    out.append(String.format(Locale.ROOT, "%-34s " + format + "%n", concat(label, args)));
  }

  private static Object[] concat(String label, Object[] args) {
    Object[] all = new Object[args.length + 1];
    all[0] = label;
    System.arraycopy(args, 0, all, 1, args.length);
    return all;
  }

  /** The figures as nested maps, for the JSON report. */
  Map<String, Object> toMap() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("corpus", corpusName);
    out.put("articles", job.articles());
    out.put("master", options.master());
    out.put("cores", options.cores());
    out.put("available_processors", Runtime.getRuntime().availableProcessors());
    out.put("max_heap_bytes", job.heap().maxHeap());
    out.put("java_version", System.getProperty("java.version"));
    out.put("raw_sample_articles", sampleSize);
    out.put("raw_tokenizer", throughput(rawTokenizer));
    out.put("raw_sentence_token", throughput(rawSentenceToken));
    out.put("raw_sentence_token_pos", throughput(rawFull));
    out.put("raw_sentence_token_pos_greedy", throughput(rawGreedy));
    out.put("core_one_core", throughput(core.throughput()));
    out.put("core_pos_tagged_share", core.taggedShare());
    out.put("job", jobMap());
    return out;
  }

  private Map<String, Object> jobMap() {
    RunSummary s = job.summary();
    Map<String, Object> out = new LinkedHashMap<>(throughput(job.throughput()));
    out.put("status", s.status());
    out.put("sentences", job.sentences());
    out.put("articles_per_second", articlesPerSecond());
    out.put("tokens_per_second_per_core", jobTokensPerSecondPerCore());
    out.put("ratio_to_raw", ratioToRaw());
    out.put("cpu_ratio_to_raw", cpuRatioToRaw());
    out.put(
        "cpu_ratio_to_raw_greedy",
        job.throughput().tokensPerCpuSecond() / rawGreedy.tokensPerCpuSecond());
    out.put("warmup", job.warmup() == null ? null : throughput(job.warmup()));
    out.put("ratio_to_core", ratioToCore());
    out.put("cpu_ratio_to_core", cpuRatioToCore());
    out.put("cpu_seconds_by_threads", job.cpuByThreads());
    out.put("task_cpu_seconds_by_job", job.taskCpuByJob());
    out.put("cross_article_task_cpu_seconds", crossArticleTaskCpu());
    out.put("peak_heap_polled_bytes", job.heap().polledUsed());
    out.put("peak_heap_pool_sum_bytes", job.heap().poolPeakSum());
    out.put("max_heap_after_gc_bytes", job.heap().maxAfterGc());
    Map<String, Object> stages = new LinkedHashMap<>();
    stages.put("read_seconds", s.readSeconds());
    stages.put("process_seconds", s.processSeconds());
    stages.put("cross_article_seconds", s.crossArticleSeconds());
    stages.put("write_seconds", s.writeSeconds());
    stages.put("core_analyze_seconds_summed", s.analyzeSeconds());
    stages.put("core_quotes_seconds_summed", s.quotesSeconds());
    stages.put("core_attribution_seconds_summed", s.attributionSeconds());
    out.put("stages", stages);
    out.put("table_counts", s.tableCounts());
    return out;
  }

  private static Map<String, Object> throughput(Throughput t) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("tokens", t.tokens());
    out.put("wall_seconds", t.wallSeconds());
    out.put("cpu_seconds", t.cpuSeconds());
    out.put("tokens_per_second", t.tokensPerSecond());
    out.put("tokens_per_cpu_second", t.tokensPerCpuSecond());
    return out;
  }
}
