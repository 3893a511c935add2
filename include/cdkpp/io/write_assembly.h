#ifndef CDKPP_IO_WRITE_ASSEMBLY_H_
#define CDKPP_IO_WRITE_ASSEMBLY_H_

#include <string>
#include <vector>

#include "cdkpp/core/output_file.h"
#include "cdkpp/core/result.h"
#include "cdkpp/io/file_system.h"

namespace cdkpp {

/// Writes one synthesis (CloudAssembly::Files(dir), possibly edited) to dir
/// so that it holds what its manifest lists and nothing a previous synthesis
/// left: a template of a stack since renamed or removed disappears.
///
/// When dir is missing, empty, or holds only a previous assembly (manifest.json,
/// cdk.out and the templates that manifest lists), it is replaced whole
/// (FileSystem::ReplaceDirectory): every file appears at once or none does.
/// A directory shared with other files ("." in a project) is written file by
/// file (FileSystem::WriteFilesAtomically), then the previous manifest's
/// templates the new one does not list are removed; the other files stay.
/// REQUIRES: every path in files lies inside dir.
Status WriteAssemblyDirectory(FileSystem& fs, const std::string& dir,
                              const std::vector<OutputFile>& files);

}  // namespace cdkpp

#endif  // CDKPP_IO_WRITE_ASSEMBLY_H_
