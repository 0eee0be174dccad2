package org.parley.cli;

import java.util.function.Supplier;
import org.parley.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code parley} command: reads news of diplomatic exchanges into a sourced event database.
 * Every failure reaches the user as one line and an exit code: 1 failure, 2 usage.
 */
@Command(name = "parley", mixinStandardHelpOptions = true, version = "parley 0.1.0",
        description = "Reads news about diplomatic exchanges into a sourced event database.",
        synopsisSubcommandLabel = "COMMAND")
public final class Parley implements Runnable {

    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        System.exit(commandLine(Pipeline::standard).execute(args));
    }

    /**
     * The command line with every subcommand, reading articles with the pipelines {@code pipelines}
     * gives. {@code main} passes {@link Pipeline#standard()}; tests pass a cheap one.
     */
    public static CommandLine commandLine(Supplier<Pipeline> pipelines) {
        CommandLine cl = new CommandLine(new Parley());
        cl.addSubcommand(new IngestCommand(pipelines));
        cl.addSubcommand(new ExtractCommand(pipelines));
        cl.addSubcommand(new EventsCommand());
        cl.addSubcommand(new EvalCommand(pipelines));
        cl.addSubcommand(new BenchCommand());
        cl.addSubcommand(new ActorsCommand());
        cl.addSubcommand(new ActorCommand());
        cl.addSubcommand(new KbCommand());
        cl.addSubcommand(new WatchCommand(pipelines));
        cl.addSubcommand(new ServeCommand(pipelines));
        cl.addSubcommand(new BenchApiCommand());
        cl.addSubcommand(new ExportCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, command, parseResult) -> {
            command.getErr().println("parley: " + oneLine(e));
            command.getErr().flush();
            return FAILURE;
        });
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine command = e.getCommandLine();
            command.getErr().println("parley: " + oneLine(e) + " (see '" + command.getCommandSpec().qualifiedName()
                    + " --help')");
            command.getErr().flush();
            return USAGE;
        });
        return cl;
    }

    /** The first line of an exception's message, or its kind when it has none. */
    static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
