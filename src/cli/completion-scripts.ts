/** The scripts `brief completion bash|zsh|fish` prints; each asks `brief __complete` for candidates. */

export const COMPLETION_SCRIPTS = {
  bash: `# brief completion for bash. Load it with:  source <(brief completion bash)
_brief() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" IFS=$'\\n' candidates
  candidates=$(brief __complete "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)
  if [ "$candidates" = ":files" ]; then
    COMPREPLY=($(compgen -f -- "$cur"))
  else
    COMPREPLY=($(compgen -W "$candidates" -- "$cur"))
  fi
}
complete -o filenames -F _brief brief
`,
  zsh: `#compdef brief
# brief completion for zsh. Load it with:  source <(brief completion zsh)
# (after compinit), or save it as _brief in a folder of your $fpath.
_brief() {
  local -a candidates
  candidates=("\${(@f)$(brief __complete "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  if [[ "\${candidates[*]}" == ":files" ]]; then
    _files
  elif [[ -n "\${candidates[*]}" ]]; then
    compadd -a candidates
  fi
}
compdef _brief brief
`,
  fish: `# brief completion for fish. Load it with:  brief completion fish | source
# or save it as ~/.config/fish/completions/brief.fish
function __brief_complete
    set -l tokens (commandline -opc) (commandline -ct)
    set -l candidates (brief __complete $tokens[2..-1] 2>/dev/null)
    if test "$candidates" = ":files"
        __fish_complete_path (commandline -ct)
    else
        printf '%s\\n' $candidates
    end
end
complete -c brief -f -a '(__brief_complete)'
`,
} as const;
