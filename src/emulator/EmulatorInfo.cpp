#include "EmulatorInfo.h"
