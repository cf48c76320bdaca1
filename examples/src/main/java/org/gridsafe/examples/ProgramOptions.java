package org.gridsafe.examples;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The command line of an example program: {@code --help} (or {@code -h}) prints the usage and runs
 * nothing; each declared option takes one value; anything else is refused with the usage, so a typo
 * never starts a long run with defaults.
 */
final class ProgramOptions {

    /**
     * One option: its flag (such as {@code --days}), the name of its value, and what it does. An
     * option whose value name is null is a switch that takes no value (such as {@code --dry-run}).
     */
    record Option(String flag, String value, String help) {

        static Option flag(String flag, String help) {
            return new Option(flag, null, help);
        }

        boolean isSwitch() {
            return value == null;
        }

        String synopsis() {
            return isSwitch() ? flag : flag + " " + value;
        }
    }

    /** What a program does once its options are read; may refuse a value with {@link Values#refuse}. */
    interface Program {
        void run(Values values) throws Exception;
    }

    /** The option values given, by flag. */
    static final class Values {
        private final Map<String, String> values;

        private Values(Map<String, String> values) {
            this.values = values;
        }

        /** Whether a switch was given. */
        boolean given(String flag) {
            return values.containsKey(flag);
        }

        Optional<String> text(String flag) {
            return Optional.ofNullable(values.get(flag));
        }

        int integer(String flag, int byDefault) {
            String text = values.get(flag);
            try {
                return text == null ? byDefault : Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw refuse(flag + " takes a whole number, not '" + text + "'");
            }
        }

        long longInteger(String flag, long byDefault) {
            String text = values.get(flag);
            try {
                return text == null ? byDefault : Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw refuse(flag + " takes a whole number, not '" + text + "'");
            }
        }

        /** An error for a value the program cannot use; {@link #run} prints it with the usage. */
        static RuntimeException refuse(String why) {
            return new BadOption(why);
        }
    }

    private static final class BadOption extends RuntimeException {
        BadOption(String message) {
            super(message);
        }
    }

    /** Exit status for a command line that was refused (as {@code getopt} programs do). */
    static final int USAGE_ERROR = 2;

    private final String command;
    private final String description;
    private final List<Option> options;

    ProgramOptions(String command, String description, List<Option> options) {
        this.command = command;
        this.description = description;
        this.options = List.copyOf(options);
    }

    /** The text {@code --help} prints. */
    String usage() {
        StringBuilder usage = new StringBuilder("usage: ").append(command);
        for (Option option : options) {
            usage.append(" [").append(option.synopsis()).append(']');
        }
        usage.append("\n\n").append(description).append("\n\noptions:\n");
        for (Option option : options) {
            usage.append(String.format("  %-22s %s%n", option.synopsis(), option.help()));
        }
        usage.append(String.format("  %-22s %s%n", "-h, --help", "print this text and exit"));
        return usage.toString();
    }

    /**
     * Reads {@code args} and runs {@code program}, or prints the usage. Returns the exit status: 0
     * after a run or {@code --help}, {@link #USAGE_ERROR} for an unknown option, a missing value or a
     * value the program refused (the reason and the usage go to {@code err}).
     */
    int run(String[] args, PrintStream out, PrintStream err, Program program) throws Exception {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            out.print(usage());
            return 0;
        }
        Map<String, String> values = new LinkedHashMap<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                Optional<Option> option =
                        options.stream().filter(o -> o.flag().equals(arg)).findFirst();
                if (option.isEmpty()) {
                    throw Values.refuse("unknown option '" + arg + "'");
                }
                if (option.get().isSwitch()) {
                    if (values.put(arg, "") != null) {
                        throw Values.refuse(arg + " is given twice");
                    }
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw Values.refuse(arg + " needs a value");
                }
                if (values.put(arg, args[++i]) != null) {
                    throw Values.refuse(arg + " is given twice");
                }
            }
            program.run(new Values(values));
            return 0;
        } catch (BadOption e) {
            err.println(command + ": " + e.getMessage());
            err.print(usage());
            return USAGE_ERROR;
        }
    }
}
