package org.parley.cli;

/** Whether stderr is a terminal, which decides how progress is drawn. */
final class Terminal {

    private Terminal() {
    }

    /**
     * Java 17 cannot ask about stderr alone ({@code System.console()} looks at stdin and stdout), so
     * {@code bin/parley} passes {@code -Dparley.stderr.tty} from the shell's {@code [ -t 2 ]}.
     */
    static boolean stderrIsTerminal() {
        String told = System.getProperty("parley.stderr.tty");
        if (told != null) {
            return Boolean.parseBoolean(told);
        }
        return System.console() != null;
    }
}
