#include "shared/channel.h"

int Inventory() { return OpenInventory() != nullptr; }
