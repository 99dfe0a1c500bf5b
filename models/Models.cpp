//===- Models.cpp - The list of library tables ----------------------------===//
#include "transit/LibraryModel.h"

namespace transit::model {

#define TRANSIT_MODEL(Variable) extern const Library Variable;
#include "Models.def"

llvm::ArrayRef<const Library *> libraries() {
  static const Library *const All[] = {
#define TRANSIT_MODEL(Variable) &Variable,
#include "Models.def"
  };
  return All;
}

} // namespace transit::model
