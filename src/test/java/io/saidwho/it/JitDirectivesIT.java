package io.saidwho.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compiler directives of {@code conf/jit-directives.json}, as the JVMs of run-local.sh, the
 * pom's executions and the tests get them: code that runs once per query or task (here Java
 * serialisation) is compiled by C1 only, at tier 1 once C2 refuses it; our code and the rest of
 * the JDK still reach C2 (tier 4). The same workload without the directives is the control: all
 * three methods reach tier 4 there. A small local batch's JVM ({@link ShortRunCompilation}, added
 * at run time) compiles nothing more with C2, not even our code.
 *
 * <p>Every child JVM runs the probe's loop interpreted ({@code exclude} of {@code JitProbe::main})
 * and compiles in the foreground ({@code -Xbatch}): otherwise a compiled loop inlines the three
 * methods, their own call counts stop, and whether each reaches tier 4 before the probe ends is a
 * race with the compiler threads (a busy 2-core CI host lost it for {@code writeInt}).
 */
class JitDirectivesIT {

  private static final Path DIRECTIVES = Path.of("conf", "jit-directives.json");
  private static final String OURS = "io.saidwho.resolve.ShortHash::hex";
  private static final String JDK = "java.util.Base64$Encoder::encode";
  private static final String PER_TASK = "java.io.ObjectOutputStream::writeInt";

  private static String withDirectives;
  private static String withoutDirectives;
  private static String shortRun;

  @BeforeAll
  static void runProbe() throws Exception {
    withDirectives = compilations(List.of("-XX:+UnlockDiagnosticVMOptions",
        "-XX:+DisplayVMOutputToStderr", "-XX:CompilerDirectivesFile=" + DIRECTIVES));
    withoutDirectives = compilations(List.of());
    shortRun = compilations(List.of(), "short-run");
  }

  @Test
  void theProbeIsHotEnoughForC2WithoutTheDirectives() {
    assertThat(compiledAt(withoutDirectives, OURS, 4)).isTrue();
    assertThat(compiledAt(withoutDirectives, JDK, 4)).isTrue();
    assertThat(compiledAt(withoutDirectives, PER_TASK, 4)).isTrue();
  }

  @Test
  void ourCodeAndTheRestOfTheJdkAreStillCompiledByC2() {
    assertThat(withDirectives).contains("1 compiler directives added");
    assertThat(compiledAt(withDirectives, OURS, 4)).isTrue();
    assertThat(compiledAt(withDirectives, JDK, 4)).isTrue();
  }

  @Test
  void perTaskCodeStaysWithC1() {
    assertThat(compiledAt(withDirectives, PER_TASK, 4)).isFalse();
    assertThat(withDirectives).contains("made not compilable on level 4  " + PER_TASK);
    assertThat(compiledAt(withDirectives, PER_TASK, 1)).isTrue();
  }

  @Test
  void aShortRunCompilesNothingMoreWithC2() {
    assertThat(shortRun).contains("short run applied: true");
    assertThat(compiledAt(shortRun, OURS, 4)).isFalse();
    assertThat(compiledAt(shortRun, OURS, 1)).isTrue();
    assertThat(compiledAt(shortRun, JDK, 4)).isFalse();
  }

  /** Whether {@code log} ({@code -XX:+PrintCompilation}) has a compile of {@code method} at tier. */
  private static boolean compiledAt(String log, String method, int tier) {
    return Pattern.compile("(?m)^\\s*\\d+\\s+\\d+\\s+[%sbn! ]*" + tier + "\\s+"
        + Pattern.quote(method) + " ").matcher(log).find();
  }

  /** Output and error of {@link JitProbe} ({@code probeArgs}) in a child JVM with {@code options}. */
  private static String compilations(List<String> options, String... probeArgs)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.add("-Xbatch");
    command.add("-XX:CompileCommand=exclude," + JitProbe.class.getName() + "::main");
    command.add("-XX:+PrintCompilation");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(JitProbe.class.getName());
    command.addAll(List.of(probeArgs));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as(out).isZero();
    return out;
  }
}
