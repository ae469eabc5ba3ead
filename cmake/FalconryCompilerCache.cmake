# Use ccache when it is installed. The torch precompiled header needs the
# sloppiness settings below, otherwise ccache never hits on files that use it.
find_program(FALCONRY_CCACHE ccache)
if(FALCONRY_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER
        ${CMAKE_COMMAND} -E env
        "CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime"
        ${FALCONRY_CCACHE})
endif()
