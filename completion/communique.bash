# bash completion for communique(1)
_communique()
{
    local cur prev cmd
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    if [ "$COMP_CWORD" -eq 1 ]; then
        COMPREPLY=($(compgen -W "convert validate render feed --help --version" -- "$cur"))
        return
    fi
    cmd=${COMP_WORDS[1]}
    case $prev in
        -o|--output|--schema-dir)
            COMPREPLY=($(compgen -d -- "$cur")); return ;;
        -f|--format)
            # a comma-separated list: complete the part after the last comma
            local done=${cur%"${cur##*,}"}
            COMPREPLY=($(compgen -P "$done" -W "xml json html text akn" -- "${cur##*,}")); return ;;
        -j|--jobs)
            COMPREPLY=($(compgen -W "1 2 4 8" -- "$cur")); return ;;
        --title|--base-url)
            return ;;
    esac
    local opts="--jobs --quiet --schema-dir --help --fail-fast"
    case $cmd in
        convert) opts="$opts --output --format --no-link --follow-symlinks" ;;
        render)  opts="$opts --output --format --follow-symlinks" ;;
        validate) opts="$opts --follow-symlinks" ;;
        feed)    opts="$opts --output --title --base-url --follow-symlinks" ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$opts" -- "$cur"))
    elif [ "$cmd" = convert ]; then
        COMPREPLY=($(compgen -f -- "$cur"))
    else
        COMPREPLY=($(compgen -f -X '!*.xml' -- "$cur") $(compgen -d -- "$cur"))
    fi
}
complete -o filenames -F _communique communique
