/** `brief completion bash|zsh|fish`, and the hidden `brief __complete` the scripts call. */
import { Argument, Command } from '@commander-js/extra-typings';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;

export function createCompletionCommand(run: (shell: (typeof SHELLS)[number]) => Promise<void>) {
  return new Command('completion')
    .description('print a shell completion script (commands, options, brief ids, scenario labels)')
    .addArgument(new Argument('<shell>', 'the shell').choices(SHELLS))
    .addHelpText('after', `
Examples:
  $ source <(brief completion bash)                 # in ~/.bashrc
  $ source <(brief completion zsh)                  # in ~/.zshrc, after compinit
  $ brief completion fish > ~/.config/fish/completions/brief.fish`)
    .action(async (shell) => { await run(shell); });
}

export function createCompleteCommand(run: (words: string[]) => Promise<void>) {
  return new Command('__complete')
    .description('candidates for the shell completion scripts')
    .argument('[words...]')
    .allowUnknownOption()
    .helpOption(false)
    .action(async (words) => { await run(words); });
}
