//===- transit/driver/Runner.h - The checks over a compilation database -*- C++
//-*-===//
//
// What transit-tidy (and transit-audit) share: find and read the compilation
// database, choose the files, run the transit checks in-process on several
// threads exactly as clang-tidy would (its options providers, so .clang-tidy
// files; its diagnostic consumer, so NOLINT), and turn what they report into
// a report::Run.
//
//===----------------------------------------------------------------------===//
#ifndef TRANSIT_DRIVER_RUNNER_H
#define TRANSIT_DRIVER_RUNNER_H

#include "transit/report/Report.h"

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Error.h"

#include <functional>
#include <memory>
#include <optional>

namespace transit::driver {

struct RunnerOptions {
  /// -p: a build directory or a compile_commands.json; empty = look upwards
  /// from the first path (or the current directory), also in build/.
  std::string BuildPath;
  unsigned Jobs = 0; ///< 0 = every core
  /// clang-tidy's -checks, applied over .clang-tidy files; transit-* is the
  /// default. Only transit checks exist in this tool.
  std::string Checks;
  std::optional<std::string> Config; ///< YAML, as clang-tidy's -config
  std::string WarningsAsErrors;
  /// Headers whose findings are reported (clang-tidy's HeaderFilterRegex);
  /// empty = every header under Root, unless .clang-tidy says otherwise.
  std::optional<std::string> HeaderFilter;
  std::vector<std::string> ExtraArgs, ExtraArgsBefore;
  std::string ResourceDir; ///< clang's resource directory (built-in headers)
  std::string Root;        ///< repository root, absolute
  /// Also collect the connection sites the checks found encrypted or could
  /// not judge (report::Run::Connections), for transit-audit --inventory.
  bool ReportConnections = false;
};

class Runner {
public:
  static llvm::Expected<std::unique_ptr<Runner>> create(RunnerOptions Options,
                                                        llvm::StringRef Near);

  /// The translation units of the database under the given files or
  /// directories (all of them when Paths is empty). A file given by name that
  /// the database does not list is analysed with a command inferred from its
  /// neighbours (as clangd does). Errors name a path that does not exist.
  llvm::Expected<std::vector<std::string>>
  select(llvm::ArrayRef<std::string> Paths) const;

  /// The translation units among Candidates that are or include one of
  /// Files: preprocesses each (in parallel).
  std::vector<std::string> includers(llvm::ArrayRef<std::string> Candidates,
                                     const llvm::StringSet<> &Files) const;

  /// Called after each file, from any thread (serialised): done, total, file.
  using Progress = std::function<void(unsigned, unsigned, llvm::StringRef)>;

  /// Runs the checks over the files; the findings sorted and merged across
  /// translation units, positions resolved against S.
  report::Run run(llvm::ArrayRef<std::string> Files, report::Sources &S,
                  const Progress &OnFile) const;

  const RunnerOptions &options() const { return Options; }
  std::string databasePath() const { return DatabasePath; }

private:
  Runner(RunnerOptions O) : Options(std::move(O)) {}
  std::vector<std::string>
  commandLine(const clang::tooling::CompileCommand &C) const;

  RunnerOptions Options;
  std::string DatabasePath;
  std::unique_ptr<clang::tooling::CompilationDatabase> Database;
};

/// The absolute, dot-free form of a path (relative to Base when relative).
std::string absolutePath(llvm::StringRef Path, llvm::StringRef Base = "");

} // namespace transit::driver

#endif // TRANSIT_DRIVER_RUNNER_H
