// Mock of <grpcpp/grpcpp.h>.
#pragma once
#include <grpcpp/security/credentials.h>
#include <grpcpp/security/server_credentials.h>
