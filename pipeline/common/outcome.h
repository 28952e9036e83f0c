// Failures a user can cause (a broken file, a bad rule) travel as values, not exceptions.
// Outcome<T> holds either a value or a Failure (common/failure.h) with a stable code and a
// readable message; Outcome<void> is the same without a value ("it worked, or this failed").
//
//   Outcome<std::string> part = archive.read("word/document.xml");
//   if (!part) return part.failure();
// Tests: tests/app/upload_file_test.cpp, tests/app/standard_input_test.cpp, tests/ingest/hostile_input_test.cpp
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

#include "common/failure.h"

namespace jamkoll {

template <typename T>
class Outcome {
 public:
  Outcome(T value) : state_(std::move(value)) {}             // NOLINT: implicit by design
  Outcome(Failure failure) : state_(std::move(failure)) {}   // NOLINT: implicit by design

  explicit operator bool() const { return std::holds_alternative<T>(state_); }
  T& value() { return std::get<T>(state_); }
  const T& value() const { return std::get<T>(state_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Failure& failure() const { return std::get<Failure>(state_); }

 private:
  std::variant<T, Failure> state_;
};

// "It worked, or this failed", for operations without a value (writing a file, validating a pack):
//
//   Outcome<void> written = output.commit();
//   if (!written) return written.failure();
//   return {};  // success
template <>
class Outcome<void> {
 public:
  Outcome() = default;                                                  // success
  Outcome(Failure failure) : failure_(std::move(failure)) {}            // NOLINT: implicit by design

  explicit operator bool() const { return !failure_.has_value(); }
  const Failure& failure() const { return *failure_; }

 private:
  std::optional<Failure> failure_;
};

}  // namespace jamkoll
