//===- GrpcCore.cpp - gRPC C core TLS credentials options -----------------===//
//
// The C++ API's credentials are judged where they are made
// (transit-insecure-grpc); here are the C core's switches that turn the
// server certificate and per-call host checks off.
//
//===----------------------------------------------------------------------===//
#include "transit/LibraryModel.h"

namespace transit::model {
namespace {

constexpr Condition Off = {Condition::False, 1};

constexpr Api Apis[] = {
    {"grpc_tls_credentials_options_set_verify_server_cert", Role::Unverify, 0,
     Off, {}, "turns server certificate verification off", "1"},
    {"grpc_tls_credentials_options_set_check_call_host", Role::UnverifyHost, 0,
     Off, {}, "turns the per-call host check off", "1"},
};

} // namespace

extern const Library GrpcCoreModel = {"gRPC C core", Kind::Grpc, Apis};

} // namespace transit::model
