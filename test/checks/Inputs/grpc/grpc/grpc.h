/* Mock of <grpc/grpc.h> (gRPC 1.51). */
#pragma once
#include <stddef.h>
typedef struct grpc_channel grpc_channel;
typedef struct grpc_server grpc_server;
typedef struct grpc_channel_args grpc_channel_args;
