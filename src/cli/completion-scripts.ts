/**
 * The scripts `brief completion bash|zsh|fish` prints; each asks `brief __complete` for candidates.
 *
 * Candidates come from file names, which anyone who writes to a repository chooses, so every
 * script treats them as data: read line by line into the shell's reply, never through an
 * expansion. bash's `compgen -W` expands its word list (a brief named `$(touch pwned).md` ran
 * `touch pwned` on Tab), so bash reads the lines with `mapfile` and quotes each with `printf %q`
 * before readline inserts it. The typed words are unquoted (quote removal, nothing expanded)
 * before they are passed on.
 */

export const COMPLETION_SCRIPTS = {
  bash: `# brief completion for bash. Load it with:  source <(brief completion bash)
# Candidates are data: read with mapfile, never through compgen -W, eval or an unquoted
# expansion, which would run a $(...) or a backquote in a file name. Brief ids are quoted here
# (readline's own quoting is partial for names that are not files), file names by readline.

# REPLY: the typed word as the command will receive it: quotes and backslashes removed, nothing expanded.
_brief_dequote() {
  local word=$1 quote= char i
  REPLY=
  for ((i = 0; i < \${#word}; i++)); do
    char=\${word:i:1}
    if [[ $quote == "'" ]]; then
      if [[ $char == "'" ]]; then quote=; else REPLY+=$char; fi
    elif [[ $char == '\\' ]]; then
      i=$((i + 1)); char=\${word:i:1}
      if [[ $quote == '"' ]]; then case $char in '$' | '\`' | '"' | '\\') ;; *) REPLY+='\\' ;; esac; fi
      REPLY+=$char
    elif [[ $char == '"' ]]; then
      if [[ $quote == '"' ]]; then quote=; else quote='"'; fi
    elif [[ $char == "'" && -z $quote ]]; then
      quote="'"
    else
      REPLY+=$char
    fi
  done
}

_brief() {
  local word words=() raw=() candidates=() candidate line piece prefix i
  # bash splits a word at the characters of COMP_WORDBREAKS (tag:x is tag, :, x; x@HEAD~1 is x,
  # @, HEAD~1), but the command receives it whole: pieces with no blank before them in the line
  # are glued back on to the word before.
  line=\${COMP_LINE:0:COMP_POINT}
  line=\${line#"\${COMP_WORDS[0]}"}
  for ((i = 1; i <= COMP_CWORD; i++)); do
    piece=\${COMP_WORDS[i]}
    if ((i > 1)) && [[ -n $line && $line != [[:blank:]]* ]]; then raw[\${#raw[@]} - 1]+=$piece; else raw+=("$piece"); fi
    line=\${line#"\${line%%[![:blank:]]*}"}
    line=\${line#"$piece"}
  done
  for word in "\${raw[@]}"; do _brief_dequote "$word"; words+=("$REPLY"); done
  mapfile -t candidates < <(brief __complete "\${words[@]}" 2>/dev/null)
  COMPREPLY=()
  # readline replaces only the last piece (nothing, after a break character: tag:|), and an @
  # before it (bash's readline keeps it in the text replaced), so what comes before that in the
  # word is taken off each candidate.
  word=\${COMP_WORDS[COMP_CWORD]}
  [[ -n $word && -z \${word//[$COMP_WORDBREAKS]/} ]] && word=
  prefix=\${raw[\${#raw[@]} - 1]}
  prefix=\${prefix%"$word"}
  [[ $prefix == *@ && $COMP_WORDBREAKS == *@* ]] && prefix=\${prefix%@}
  _brief_dequote "$prefix"; prefix=$REPLY
  if [[ \${#candidates[@]} -eq 1 && \${candidates[0]} == ":files" ]]; then
    mapfile -t COMPREPLY < <(compgen -f -- "\${words[\${#words[@]} - 1]}")
    COMPREPLY=("\${COMPREPLY[@]#"$prefix"}")
    return
  fi
  # Quoted in the style of the word typed (none, '...' or "..."); readline inserts them as they are.
  compopt +o filenames 2>/dev/null
  for candidate in "\${candidates[@]}"; do
    [[ $candidate == "$prefix"* ]] || continue
    candidate=\${candidate:\${#prefix}}
    # A field prefix (title:) is the start of a word: no space after it.
    [[ $candidate == *: ]] && compopt -o nospace 2>/dev/null
    case \${word:0:1} in
      "'") candidate=\${candidate//\\'/\\'\\\\\\'\\'} ;;
      '"') candidate=\${candidate//\\\\/\\\\\\\\}; candidate=\${candidate//\\$/\\\\\\$}; candidate=\${candidate//\\\`/\\\\\\\`}; candidate=\${candidate//\\"/\\\\\\"} ;;
      *) printf -v candidate %q "$candidate" ;;
    esac
    COMPREPLY+=("$candidate")
  done
}
complete -o filenames -F _brief brief
`,
  zsh: `#compdef brief
# brief completion for zsh. Load it with:  source <(brief completion zsh)
# (after compinit), or save it as _brief in a folder of your $fpath.
# (Q) removes the typed quotes without expanding; PREFIX is the word up to the cursor, its opening
# quote already taken off; compadd -a takes the candidates as data and quotes what it inserts.
_brief() {
  local -a candidates
  candidates=("\${(@f)$(brief __complete "\${(@Q)words[2,CURRENT-1]}" "\${(Q)PREFIX}" 2>/dev/null)}")
  if [[ "\${candidates[*]}" == ":files" ]]; then
    _files
  elif [[ -n "\${candidates[*]}" ]]; then
    # A field prefix (title:) is the start of a word: no space after it.
    local -a whole starts
    whole=(\${candidates:#*:}) starts=(\${(M)candidates:#*:})
    (( \${#whole} )) && compadd -a whole
    (( \${#starts} )) && compadd -S '' -a starts
  fi
}
compdef _brief brief
`,
  fish: `# brief completion for fish. Load it with:  brief completion fish | source
# or save it as ~/.config/fish/completions/brief.fish
# The output of a command substitution is not expanded again: the candidates stay data.
function __brief_complete
    set -l current (commandline -ct)
    set -l tokens (commandline -opc) (string unescape -- "$current"; or printf '%s\\n' "$current")
    set -l candidates (brief __complete $tokens[2..-1] 2>/dev/null)
    if test "$candidates" = ":files"
        __fish_complete_path $current
    else
        printf '%s\\n' $candidates
    end
end
complete -c brief -f -a '(__brief_complete)'
`,
} as const;
