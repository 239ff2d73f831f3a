package dev.aihire.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * One subcommand: its picocli model, built by plain code (no annotations, so no reflection or
 * annotation proxies at start-up), and what it does with the parsed arguments.
 */
interface AppCommand {
  /** The model: name, options, parameters and help; the help options are added by the table. */
  CommandSpec spec();

  /** Runs with the parsed arguments of {@link #spec()}; returns the exit code. */
  int run(Context ctx, Args args) throws Exception;
}
