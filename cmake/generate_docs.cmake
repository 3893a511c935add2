# cmake -DCDKPP=<binary> -DOUT=<dir> -DVERSION=<x.y.z> -P generate_docs.cmake
# Writes OUT/cdkpp.1, the man page made of the binary's own `--help` texts
# (the program's, then each command's, as `cdkpp --help` lists them), and the
# completion scripts `cdkpp completion bash|zsh|fish` prints.
file(MAKE_DIRECTORY ${OUT})

function(run_cdkpp out_var)
  execute_process(COMMAND ${CDKPP} ${ARGN} OUTPUT_VARIABLE text RESULT_VARIABLE rc
                  ENCODING UTF-8)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cdkpp ${ARGN} exited ${rc}")
  endif()
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

# roff: backslashes doubled, and a line starting with . or ' protected.
function(roff_text out_var text)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

run_cdkpp(main_help --help)
string(REGEX MATCH "Subcommands:\n.*" listing "${main_help}")
string(REGEX MATCHALL "\n  ([a-z]+)" command_lines "${listing}")
set(man ".TH CDKPP 1 \"\" \"cdkpp ${VERSION}\" \"User Commands\"\n")
string(APPEND man ".SH NAME\ncdkpp \\- synthesize, diff and validate CloudFormation for MySQL -> DMS -> Kinesis\n")
string(APPEND man ".SH SYNOPSIS\n.B cdkpp\n[\\fIOPTIONS\\fR] \\fICOMMAND\\fR [\\fIARGS\\fR]\n")
roff_text(text "${main_help}")
string(APPEND man ".SH DESCRIPTION\n.nf\n${text}.fi\n.SH COMMANDS\n")
foreach(line ${command_lines})
  string(STRIP "${line}" command)
  run_cdkpp(help ${command} --help)
  roff_text(text "${help}")
  string(APPEND man ".SS cdkpp ${command}\n.nf\n${text}.fi\n")
endforeach()
string(APPEND man ".SH EXIT STATUS\n0 success; 1 findings (diff --fail, validate --fail-on); 2 usage error or unreadable or invalid input, or output that could not be written.\n")
string(APPEND man ".SH SEE ALSO\nThe README and docs/ of the cdkpp sources.\n")
file(WRITE ${OUT}/cdkpp.1 "${man}")

run_cdkpp(bash completion bash)
file(WRITE ${OUT}/cdkpp.bash "${bash}")
run_cdkpp(zsh completion zsh)
file(WRITE ${OUT}/_cdkpp "${zsh}")
run_cdkpp(fish completion fish)
file(WRITE ${OUT}/cdkpp.fish "${fish}")
