package io.saidwho.job;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.management.JMException;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JIT of a JVM that runs one small batch in local mode and then exits: C2, the optimising
 * compiler, compiles nothing more from the start of the run, so the methods that get hot are
 * compiled by C1 alone. A cold 100-article run spent about half of its CPU in C2 compiles that
 * never paid back (docs/benchmark.md, "The JIT of a short-lived JVM"); C1 alone halved the CPU of
 * 100 and 840 real articles, but runs the core at about half its steady-state speed, so large
 * batches keep C2. The directive ({@code short-run-directives.json}) is added through the JVM's
 * diagnostic command MBean ({@code Compiler.directives_add}); a JVM without it runs as before.
 * Only for the job's own {@code main}: methods C2 refused stay refused in that JVM, which a
 * session reused for a larger batch afterwards must not inherit.
 */
public final class ShortRunCompilation {

  /** Input bytes up to which a local batch runs without C2 (5.5 MB of news gained 2x). */
  public static final long MAX_INPUT_BYTES = 16L * 1024 * 1024;

  /** System property that turns this off ({@code -Dsaidwho.short-run-jit=false}). */
  public static final String ENABLED_PROPERTY = "saidwho.short-run-jit";

  private static final Logger LOG = LoggerFactory.getLogger(ShortRunCompilation.class);
  private static final String DIRECTIVES = "short-run-directives.json";
  private static final String DIAGNOSTIC_COMMAND = "com.sun.management:type=DiagnosticCommand";

  private ShortRunCompilation() {}

  /**
   * Whether a batch of {@code inputBytes} on {@code master} is short enough to run without C2:
   * {@code local} or {@code local[...]}, where the tasks run in this JVM ({@code local-cluster}
   * runs them in executor JVMs of their own).
   */
  public static boolean appliesTo(long inputBytes, String master) {
    return inputBytes <= MAX_INPUT_BYTES && master != null
        && (master.equals("local") || master.startsWith("local["));
  }

  /** False when {@link #ENABLED_PROPERTY} is {@code false}. */
  public static boolean enabled() {
    return !"false".equalsIgnoreCase(System.getProperty(ENABLED_PROPERTY, "true").trim());
  }

  /**
   * Stops C2 from compiling anything more in this JVM; false (logged) when the JVM cannot take
   * compiler directives at run time.
   */
  public static boolean apply() {
    try {
      Path file = Files.createTempFile("saidwho-jit", ".json");
      try (InputStream in = ShortRunCompilation.class.getResourceAsStream(DIRECTIVES)) {
        if (in == null) {
          throw new IOException(DIRECTIVES + " is not on the class path");
        }
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        Object result = ManagementFactory.getPlatformMBeanServer().invoke(
            new ObjectName(DIAGNOSTIC_COMMAND), "compilerDirectivesAdd",
            new Object[] {new String[] {file.toString()}},
            new String[] {String[].class.getName()});
        LOG.info("A small local batch: no more C2 compiles in this JVM ({})",
            String.valueOf(result).trim());
        return String.valueOf(result).contains("1 compiler directives added");
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException | JMException | RuntimeException e) {
      LOG.info("Compiler directives cannot be added at run time; the JIT runs as configured: {}",
          e.toString());
      return false;
    }
  }
}
