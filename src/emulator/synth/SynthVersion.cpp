#include "SynthVersion.h"
