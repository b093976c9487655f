# bash completion for aigc-audio: the commands, then the options of the command given, read from
# its own --help so that they never go out of date.
_aigc_audio()
{
    local cur=${COMP_WORDS[COMP_CWORD]}
    if ((COMP_CWORD == 1)); then
        COMPREPLY=($(compgen -W "create batch status list history rate tag abort download export upload profiles sign cos-sign" -- "$cur"))
        return
    fi
    if [[ $cur == -* ]]; then
        local opts
        opts=$(aigc-audio "${COMP_WORDS[1]}" --help 2>/dev/null | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u)
        COMPREPLY=($(compgen -W "$opts" -- "$cur"))
        return
    fi
    COMPREPLY=($(compgen -f -- "$cur"))
}
complete -o filenames -F _aigc_audio aigc-audio
