// Mock of Drogon's umbrella header: see HttpAppFramework.h.
#pragma once
#include <drogon/HttpAppFramework.h>
#include <drogon/HttpClient.h>
